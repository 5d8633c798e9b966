using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Serverless;

/// <summary>Turns a StartJobRun request into a verified fluent <see cref="ServerlessJobRun"/> definition; a spark-submit driver becomes a <see cref="SparkJob"/>.</summary>
internal static class JobRunImporter
{
    public static readonly DefinitionType<ServerlessJobRun, ServerlessJobRunSpec> Type =
        new("ServerlessJobRun", ServerlessJobRunSpec.Shape, r => r.Spec, (r, change) => r.With(change), ServerlessJobRun.FromSpec);

    public static Chain Import(ServerlessJobRunSpec target)
    {
        var head = target is { ApplicationId: { } application, ExecutionRoleArn: { } role }
            ? new Head<ServerlessJobRun>($"ServerlessJobRun.Create({S(application).Text}, {S(role).Text})", () => ServerlessJobRun.Create(application, role), "applicationId", "executionRoleArn")
            : null;
        return VerifiedImport.Import(Type, target, head, Statements(target));
    }

    private static Statement<ServerlessJobRun, ServerlessJobRunSpec> Members(ServerlessJobRunSpec target, Fluent<ServerlessJobRun> fluent, params string[] members) =>
        Statement.Members(ServerlessJobRunSpec.Shape, target, fluent, members);

    private static IEnumerable<Statement<ServerlessJobRun, ServerlessJobRunSpec>> Statements(ServerlessJobRunSpec t)
    {
        if (t.Name is { } name)
        {
            yield return Members(t, One<ServerlessJobRun>("Named", r => r.Named(name), S(name)), "name");
        }

        if (t.Mode is { } mode)
        {
            yield return Members(t, One<ServerlessJobRun>("Mode", r => r.Mode(mode), E(mode)), "mode");
        }

        if (t.JobDriver is { } driver)
        {
            yield return Members(t, Driver(driver), "jobDriver");
        }

        if (t.ConfigurationOverrides is { } overrides)
        {
            yield return Members(t, Overrides(overrides), "configurationOverrides");
        }

        if (t.ExecutionTimeoutMinutes is { } timeout)
        {
            yield return Members(t, One<ServerlessJobRun>("ExecutionTimeout", r => r.ExecutionTimeout(TimeSpan.FromMinutes(timeout)), ServerlessCode.Minutes(timeout)), "executionTimeoutMinutes");
        }

        if (t.RetryPolicy is { } retry)
        {
            var arguments = new[] { ("maxAttempts", retry.MaxAttempts), ("maxFailedAttemptsPerHour", retry.MaxFailedAttemptsPerHour) }
                .Where(a => a.Item2 is not null).Select(a => (Expr)Named(a.Item1, I(a.Item2!.Value))).ToArray();
            yield return Members(t, One<ServerlessJobRun>("Retry", r => r.Retry(retry.MaxAttempts, retry.MaxFailedAttemptsPerHour), arguments), "retryPolicy");
        }

        if (!t.Tags.IsEmpty)
        {
            yield return Members(t, Tags<ServerlessJobRun>(t.Tags, (r, k, v) => r.Tag(k, v)), "tags");
        }
    }

    private static Fluent<ServerlessJobRun> Driver(JobDriverSpec driver) => driver switch
    {
        { SparkSubmit: { EntryPoint: { } entryPoint } spark, Hive: null } =>
            SparkJobCode.SparkSubmit<ServerlessJobRun>(entryPoint, spark.SparkSubmitParameters, spark.EntryPointArguments, (r, job) => r.SparkSubmit(job)),
        { Hive: { Query: { } query } hive, SparkSubmit: null } => Hive(query, hive),
        _ => Fluent<ServerlessJobRun>.Empty,
    };

    private static Fluent<ServerlessJobRun> Hive(string query, HiveDriverSpec hive)
    {
        var arguments = new List<Expr> { S(query) };
        if (hive.InitQueryFile is { } init)
        {
            arguments.Add(Named("initQueryFile", S(init)));
        }

        if (hive.Parameters is { } parameters)
        {
            arguments.Add(Named("parameters", S(parameters)));
        }

        return One<ServerlessJobRun>("Hive", r => r.Hive(query, hive.InitQueryFile, hive.Parameters), arguments.ToArray());
    }

    /// <summary><c>.ConfigurationOverrides(Classifications.Of(...), ...)</c> and <c>.MonitoringOverrides(...)</c>.</summary>
    private static Fluent<ServerlessJobRun> Overrides(ConfigurationOverridesSpec overrides)
    {
        var fluent = Fluent<ServerlessJobRun>.Empty;
        if (!overrides.ApplicationConfiguration.IsEmpty)
        {
            fluent = ConfigurationCode.Overrides<ServerlessJobRun>(overrides.ApplicationConfiguration.Select(ServerlessCode.ToCluster), (r, c) => r.ConfigurationOverrides(c));
        }

        if (overrides.MonitoringConfiguration is { } monitoring)
        {
            var monitor = ServerlessCode.Monitoring<ServerlessJobRun>("MonitoringOverrides", monitoring, (r, s3, p, cw, g) => r.MonitoringOverrides(s3, p, cw, g));
            fluent = fluent.Then(monitor.Calls[0], monitor.Apply);
        }

        return overrides.DiskEncryptionConfiguration is null ? fluent : fluent.Unsupported("Job run disk encryption has no fluent form.");
    }
}
