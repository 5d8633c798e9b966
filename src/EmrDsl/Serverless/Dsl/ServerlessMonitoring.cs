using System;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless;

/// <summary>Builds the monitoring configuration that applications and job run overrides share.</summary>
internal static class ServerlessMonitoring
{
    public static ServerlessMonitoringSpec Build(string? s3LogUri, bool? managedPersistence, bool? cloudWatch, string? cloudWatchLogGroup)
    {
        if (s3LogUri is null && managedPersistence is null && cloudWatch is null && cloudWatchLogGroup is null)
        {
            throw new ArgumentException("No monitoring setting given: name s3LogUri, managedPersistence, cloudWatch or cloudWatchLogGroup.", nameof(s3LogUri));
        }

        if (cloudWatch == false && cloudWatchLogGroup is not null)
        {
            throw new ArgumentException(
                $"cloudWatchLogGroup '{cloudWatchLogGroup}' is set but cloudWatch is false. Drop the log group, or set cloudWatch: true.",
                nameof(cloudWatchLogGroup));
        }

        return new ServerlessMonitoringSpec
        {
            S3MonitoringConfiguration = s3LogUri is null
                ? null
                : new ServerlessS3MonitoringSpec { LogUri = Require.S3Uri(s3LogUri, nameof(s3LogUri), "The log URI") },
            ManagedPersistenceMonitoringConfiguration = managedPersistence is { } persist ? new ManagedPersistenceSpec { Enabled = persist } : null,
            CloudWatchLoggingConfiguration = cloudWatch is null && cloudWatchLogGroup is null
                ? null
                : new CloudWatchLoggingSpec
                {
                    Enabled = cloudWatch ?? true,
                    LogGroupName = Require.NonEmptyIfGiven(cloudWatchLogGroup, nameof(cloudWatchLogGroup), "The CloudWatch log group"),
                },
        };
    }
}
