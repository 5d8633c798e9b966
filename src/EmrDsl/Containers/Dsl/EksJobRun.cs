using System;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers;

/// <summary>
/// An EMR on EKS job run (the emr-containers StartJobRun request). Immutable: every method returns a new run, so
/// one base run can be refined per schedule or environment. A Spark run takes the same <see cref="SparkJob"/> a
/// cluster step and an EMR Serverless run do.
/// </summary>
public sealed partial class EksJobRun : IHoldsApiSpec
{
    /// <summary>The API's limit on the log files kept after rotation.</summary>
    public const int MaxLogFilesToKeep = 50;

    private EksJobRun(EksJobRunSpec spec) => Spec = spec;

    /// <summary>The StartJobRun request this run stands for (never with a client token: the SDK fills one in).</summary>
    public EksJobRunSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>
    /// Starts a run on virtual cluster <paramref name="virtualClusterId"/> under the IAM role
    /// <paramref name="executionRoleArn"/> with EMR release <paramref name="releaseLabel"/> (for example <c>emr-7.2.0-latest</c>).
    /// </summary>
    public static EksJobRun Create(string virtualClusterId, string executionRoleArn, string releaseLabel) => new(new EksJobRunSpec
    {
        VirtualClusterId = Require.VirtualClusterId(virtualClusterId, nameof(virtualClusterId)),
        ExecutionRoleArn = Require.IamRoleArn(executionRoleArn, nameof(executionRoleArn), "The execution role"),
        ReleaseLabel = Require.EksReleaseLabel(releaseLabel, nameof(releaseLabel)),
    });

    /// <summary>Wraps an existing spec (for example one read from a StartJobRun payload).</summary>
    public static EksJobRun FromSpec(EksJobRunSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>The run's name, shown in the console and in ListJobRuns.</summary>
    public EksJobRun Named(string name) => With(s => s with { Name = Require.EksName(name, nameof(name)) });

    /// <summary>Runs <paramref name="job"/> with spark-submit; replaces any earlier driver.</summary>
    public EksJobRun SparkSubmit(SparkJob job) => With(s => s with { JobDriver = EksJobParts.SparkSubmit(job) });

    /// <summary>
    /// Runs the SQL file <paramref name="entryPoint"/> (an S3 URI) with spark-sql; <paramref name="sparkSqlParameters"/>
    /// are its options, such as <c>--conf spark.executor.instances=4</c>. Replaces any earlier driver.
    /// </summary>
    public EksJobRun SparkSql(string entryPoint, string? sparkSqlParameters = null) => With(s => s with { JobDriver = EksJobParts.SparkSql(entryPoint, sparkSqlParameters) });

    /// <summary>
    /// Configurations for this run (the cluster <c>Classifications</c> builders: spark-defaults, spark-log4j, ...);
    /// a classification written again merges with the earlier one.
    /// </summary>
    public EksJobRun ConfigurationOverrides(params ConfigurationSpec[] configuration) => WithOverrides(o => o with
    {
        ApplicationConfiguration = EksJobParts.AddConfigurations(o.ApplicationConfiguration, configuration, nameof(configuration)),
    });

    /// <summary>
    /// Where this run's logs go once its pods are gone: <paramref name="s3LogUri"/>, a CloudWatch log group (and
    /// stream prefix), and whether the persistent Spark UI stays available after the run. Replaces earlier settings
    /// of the same parts and keeps the others.
    /// </summary>
    public EksJobRun Monitoring(string? s3LogUri = null, string? cloudWatchLogGroup = null, string? cloudWatchLogStreamPrefix = null, bool? persistentAppUI = null) =>
        WithMonitoring(m =>
        {
            var (s3, cloudWatch) = EksJobParts.Logs(m.S3MonitoringConfiguration, m.CloudWatchMonitoringConfiguration, s3LogUri, cloudWatchLogGroup, cloudWatchLogStreamPrefix, persistentAppUI is not null);
            return m with
            {
                S3MonitoringConfiguration = s3,
                CloudWatchMonitoringConfiguration = cloudWatch,
                PersistentAppUI = persistentAppUI is { } ui ? EksJobParts.Toggle(ui) : m.PersistentAppUI,
            };
        });

    /// <summary>
    /// Rotates each container's log file at <paramref name="rotationSize"/> (for example <c>2GB</c>, <c>500MB</c>)
    /// and keeps <paramref name="maxFilesToKeep"/> files, so long runs do not fill the node's disk.
    /// </summary>
    public EksJobRun ContainerLogRotation(string rotationSize, int maxFilesToKeep)
    {
        var rotation = new EksContainerLogRotationSpec
        {
            RotationSize = Require.RotationSize(rotationSize, nameof(rotationSize)),
            MaxFilesToKeep = Require.InRange(maxFilesToKeep, 1, MaxLogFilesToKeep, nameof(maxFilesToKeep), "The number of log files to keep"),
        };
        return WithMonitoring(m => m with { ContainerLogRotationConfiguration = rotation });
    }

    /// <summary>Retries the job's driver up to <paramref name="maxAttempts"/> times in all.</summary>
    public EksJobRun Retry(int maxAttempts) => With(s => s with
    {
        RetryPolicyConfiguration = new EksRetryPolicySpec { MaxAttempts = Require.Positive(maxAttempts, nameof(maxAttempts), "The maximum attempt count") },
    });

    /// <summary>Adds or replaces a tag; tags keep the order first written.</summary>
    public EksJobRun Tag(string key, string value) => With(s => s with { Tags = EksJobParts.Tag(s.Tags, key, value) });

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public EksJobRun With(Func<EksJobRunSpec, EksJobRunSpec> change) => new(change(Spec));

    private EksJobRun WithOverrides(Func<EksConfigurationOverridesSpec, EksConfigurationOverridesSpec> change) =>
        With(s => s with { ConfigurationOverrides = change(s.ConfigurationOverrides ?? new EksConfigurationOverridesSpec()) });

    private EksJobRun WithMonitoring(Func<EksMonitoringSpec, EksMonitoringSpec> change) =>
        WithOverrides(o => o with { MonitoringConfiguration = change(o.MonitoringConfiguration ?? new EksMonitoringSpec()) });
}
