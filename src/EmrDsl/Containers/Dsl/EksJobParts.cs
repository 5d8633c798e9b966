using System;
using EmrDsl.Containers.Model;
using EmrDsl.Model;

namespace EmrDsl.Containers;

/// <summary>
/// What an EMR on EKS job run and a job template build the same way: the job driver, the configuration list and the
/// S3 and CloudWatch log settings. A template's data has the job run's shape.
/// </summary>
internal static class EksJobParts
{
    public static EksJobDriverSpec SparkSubmit(SparkJob job)
    {
        if (job is null)
        {
            throw new ArgumentNullException(nameof(job), "Pass a job, for example SparkJob.For(\"s3://my-bucket/jobs/etl.py\").");
        }

        var parameters = job.ToSparkSubmitParameters();
        return new EksJobDriverSpec
        {
            SparkSubmitJobDriver = new EksSparkSubmitDriverSpec
            {
                EntryPoint = job.EntryPoint,
                EntryPointArguments = job.EntryPointArguments,
                SparkSubmitParameters = parameters.Length == 0 ? null : parameters,
            },
        };
    }

    public static EksJobDriverSpec SparkSql(string entryPoint, string? sparkSqlParameters) => new()
    {
        SparkSqlJobDriver = new EksSparkSqlDriverSpec
        {
            EntryPoint = Require.S3Uri(entryPoint, nameof(entryPoint), "The SQL file"),
            SparkSqlParameters = Require.NonEmptyIfGiven(sparkSqlParameters, nameof(sparkSqlParameters), "The spark-sql parameters"),
        },
    };

    /// <summary>Adds cluster configurations to the list; a classification written again merges with the earlier one.</summary>
    public static EquatableArray<EksConfigurationSpec> AddConfigurations(EquatableArray<EksConfigurationSpec> list, ConfigurationSpec[] configuration, string parameter) =>
        ConfigurationListMerge.Add(
            list,
            configuration,
            parameter,
            c => (c.Classification, c.Properties, c.Configurations),
            (classification, properties, nested) => new EksConfigurationSpec { Classification = classification, Properties = properties, Configurations = nested });

    /// <summary>
    /// The S3 and CloudWatch log settings after a <c>Monitoring(...)</c> call: the parts it names replace the earlier
    /// ones, the others stay. <paramref name="anyOther"/> says the call names a setting besides these.
    /// </summary>
    public static (EksS3MonitoringSpec? S3, EksCloudWatchMonitoringSpec? CloudWatch) Logs(
        EksS3MonitoringSpec? s3, EksCloudWatchMonitoringSpec? cloudWatch, string? s3LogUri, string? cloudWatchLogGroup, string? cloudWatchLogStreamPrefix, bool anyOther)
    {
        if (s3LogUri is null && cloudWatchLogGroup is null && cloudWatchLogStreamPrefix is null && !anyOther)
        {
            throw new ArgumentException("No monitoring setting given: name s3LogUri, cloudWatchLogGroup, cloudWatchLogStreamPrefix or persistentAppUI.", nameof(s3LogUri));
        }

        if (cloudWatchLogStreamPrefix is not null && cloudWatchLogGroup is null)
        {
            throw new ArgumentException(
                $"cloudWatchLogStreamPrefix '{cloudWatchLogStreamPrefix}' is set without a log group. Name cloudWatchLogGroup too, for example \"/emr-on-eks/nightly\".",
                nameof(cloudWatchLogStreamPrefix));
        }

        return (
            s3LogUri is null ? s3 : new EksS3MonitoringSpec { LogUri = Require.S3Uri(s3LogUri, nameof(s3LogUri), "The log URI") },
            cloudWatchLogGroup is null
                ? cloudWatch
                : new EksCloudWatchMonitoringSpec
                {
                    LogGroupName = Require.LogGroupName(cloudWatchLogGroup, nameof(cloudWatchLogGroup)),
                    LogStreamNamePrefix = Require.NonEmptyIfGiven(cloudWatchLogStreamPrefix, nameof(cloudWatchLogStreamPrefix), "The log stream prefix"),
                });
    }

    /// <summary>The API's <c>ENABLED</c>/<c>DISABLED</c> for a persistent UI switch.</summary>
    public static Toggle Toggle(bool enabled) => enabled ? Containers.Toggle.Enabled : Containers.Toggle.Disabled;

    /// <summary>Adds or replaces a tag; tags keep the order first written.</summary>
    public static EquatableArray<MapEntry> Tag(EquatableArray<MapEntry> tags, string key, string value) => tags.Set(
        Require.TagKey(key, nameof(key)),
        value ?? throw new ArgumentNullException(nameof(value), $"Pass a value for the tag '{key}' (an empty string is allowed)."));
}
