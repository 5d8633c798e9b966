using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Serverless;

/// <summary>What applications and job runs share: monitoring settings and configurations.</summary>
internal static class ServerlessCode
{
    public delegate T Monitor<T>(T definition, string? s3LogUri, bool? managedPersistence, bool? cloudWatch, string? cloudWatchLogGroup);

    /// <summary><c>.Monitoring(s3LogUri: ..., managedPersistence: ..., cloudWatch: ..., cloudWatchLogGroup: ...)</c> with the settings that are given.</summary>
    public static Fluent<T> Monitoring<T>(string method, ServerlessMonitoringSpec monitoring, Monitor<T> apply)
    {
        var s3 = monitoring.S3MonitoringConfiguration?.LogUri;
        var persistence = monitoring.ManagedPersistenceMonitoringConfiguration?.Enabled;
        var cloudWatch = monitoring.CloudWatchLoggingConfiguration?.Enabled;
        var logGroup = monitoring.CloudWatchLoggingConfiguration?.LogGroupName;
        var arguments = new List<Expr>();
        if (s3 is not null)
        {
            arguments.Add(Named("s3LogUri", S(s3)));
        }

        if (persistence is { } persist)
        {
            arguments.Add(Named("managedPersistence", B(persist)));
        }

        // A log group implies cloudWatch: true, so the flag is written only when it says something more.
        var writeCloudWatch = cloudWatch is not null && !(cloudWatch == true && logGroup is not null);
        if (writeCloudWatch)
        {
            arguments.Add(Named("cloudWatch", B(cloudWatch!.Value)));
        }

        if (logGroup is not null)
        {
            arguments.Add(Named("cloudWatchLogGroup", S(logGroup)));
        }

        return One<T>(method, d => apply(d, s3, persistence, writeCloudWatch ? cloudWatch : null, logGroup), arguments.ToArray());
    }

    /// <summary>The cluster form of a configuration: both APIs' configurations have the same structure, and the classification builders write the cluster one.</summary>
    public static ConfigurationSpec ToCluster(ServerlessConfigurationSpec configuration) =>
        ConfigurationCode.ToCluster(configuration, c => (c.Classification, c.Properties, c.Configurations));

    /// <summary><c>TimeSpan.FromMinutes(n)</c>.</summary>
    public static Token Minutes(long minutes) => new($"TimeSpan.FromMinutes({I(minutes).Text})");
}
