using System;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless;

/// <summary>
/// An EMR Serverless job run (the StartJobRun request). Immutable: every method returns a new run, so one base
/// run can be refined per schedule or environment. A Spark run takes the same <see cref="SparkJob"/> a cluster
/// step does.
/// </summary>
public sealed partial class ServerlessJobRun : IHoldsApiSpec
{
    /// <summary>The API's limit on the execution timeout.</summary>
    public const int MaxExecutionTimeoutMinutes = 1000000;

    private ServerlessJobRun(ServerlessJobRunSpec spec) => Spec = spec;

    /// <summary>The StartJobRun request this run stands for (never with a client token: the SDK fills one in).</summary>
    public ServerlessJobRunSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>Starts a run on application <paramref name="applicationId"/> under the IAM role <paramref name="executionRoleArn"/>.</summary>
    public static ServerlessJobRun Create(string applicationId, string executionRoleArn) => new(new ServerlessJobRunSpec
    {
        ApplicationId = Require.ApplicationId(applicationId, nameof(applicationId)),
        ExecutionRoleArn = Require.IamRoleArn(executionRoleArn, nameof(executionRoleArn), "The execution role"),
    });

    /// <summary>Wraps an existing spec (for example one read from a StartJobRun payload).</summary>
    public static ServerlessJobRun FromSpec(ServerlessJobRunSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>The run's name, shown in the console and in ListJobRuns.</summary>
    public ServerlessJobRun Named(string name) => With(s => s with { Name = Require.Name(name, nameof(name)) });

    /// <summary>Runs <paramref name="job"/> with spark-submit; replaces any earlier driver.</summary>
    public ServerlessJobRun SparkSubmit(SparkJob job)
    {
        if (job is null)
        {
            throw new ArgumentNullException(nameof(job), "Pass a job, for example SparkJob.For(\"s3://my-bucket/jobs/etl.py\").");
        }

        var parameters = job.ToSparkSubmitParameters();
        var driver = new SparkSubmitDriverSpec
        {
            EntryPoint = job.EntryPoint,
            EntryPointArguments = job.EntryPointArguments,
            SparkSubmitParameters = parameters.Length == 0 ? null : parameters,
        };
        return With(s => s with { JobDriver = new JobDriverSpec { SparkSubmit = driver } });
    }

    /// <summary>
    /// Runs a Hive query: <paramref name="query"/> is the S3 URI of the query file; <paramref name="initQueryFile"/>
    /// an S3 URI run first; <paramref name="parameters"/> Hive CLI options such as <c>--hiveconf k=v</c>.
    /// Replaces any earlier driver.
    /// </summary>
    public ServerlessJobRun Hive(string query, string? initQueryFile = null, string? parameters = null)
    {
        var driver = new HiveDriverSpec
        {
            Query = Require.S3Uri(query, nameof(query), "The Hive query file"),
            InitQueryFile = initQueryFile is null ? null : Require.S3Uri(initQueryFile, nameof(initQueryFile), "The Hive init query file"),
            Parameters = Require.NonEmptyIfGiven(parameters, nameof(parameters), "The Hive parameters"),
        };
        return With(s => s with { JobDriver = new JobDriverSpec { Hive = driver } });
    }

    /// <summary>Configurations for this run only, on top of the application's runtime configuration; merges with earlier calls.</summary>
    public ServerlessJobRun ConfigurationOverrides(params ConfigurationSpec[] configuration) =>
        WithOverrides(o => o with { ApplicationConfiguration = ServerlessConfigurations.Add(o.ApplicationConfiguration, configuration, nameof(configuration)) });

    /// <summary>Where this run's logs go, overriding the application's monitoring (same settings as <see cref="ServerlessApplication.Monitoring"/>).</summary>
    public ServerlessJobRun MonitoringOverrides(string? s3LogUri = null, bool? managedPersistence = null, bool? cloudWatch = null, string? cloudWatchLogGroup = null)
    {
        var monitoring = ServerlessMonitoring.Build(s3LogUri, managedPersistence, cloudWatch, cloudWatchLogGroup);
        return WithOverrides(o => o with { MonitoringConfiguration = monitoring });
    }

    /// <summary>Cancels the run after <paramref name="timeout"/> (whole minutes; the API's default is 12 hours).</summary>
    public ServerlessJobRun ExecutionTimeout(TimeSpan timeout)
    {
        var minutes = Require.WholeMinutes(timeout, nameof(timeout), "The execution timeout", 1, MaxExecutionTimeoutMinutes);
        return With(s => s with { ExecutionTimeoutMinutes = minutes });
    }

    /// <summary>Batch (the default) or streaming.</summary>
    public ServerlessJobRun Mode(JobRunMode mode)
    {
        Require.Defined(mode, nameof(mode));
        return With(s => s with { Mode = mode });
    }

    /// <summary>
    /// Retries: <paramref name="maxAttempts"/> applies to batch runs, <paramref name="maxFailedAttemptsPerHour"/>
    /// to streaming runs. Unnamed settings keep the API's defaults.
    /// </summary>
    public ServerlessJobRun Retry(int? maxAttempts = null, int? maxFailedAttemptsPerHour = null)
    {
        if (maxAttempts is null && maxFailedAttemptsPerHour is null)
        {
            throw new ArgumentException("No retry setting given: name maxAttempts, maxFailedAttemptsPerHour or both.", nameof(maxAttempts));
        }

        var policy = new RetryPolicySpec
        {
            MaxAttempts = maxAttempts is { } a ? Require.Positive(a, nameof(maxAttempts), "The maximum attempt count") : null,
            MaxFailedAttemptsPerHour = maxFailedAttemptsPerHour is { } h ? Require.Positive(h, nameof(maxFailedAttemptsPerHour), "The failed attempts per hour") : null,
        };
        return With(s => s with { RetryPolicy = policy });
    }

    /// <summary>Adds or replaces a tag; tags keep the order first written.</summary>
    public ServerlessJobRun Tag(string key, string value) => With(s => s with
    {
        Tags = s.Tags.Set(
            Require.TagKey(key, nameof(key)),
            value ?? throw new ArgumentNullException(nameof(value), $"Pass a value for the tag '{key}' (an empty string is allowed).")),
    });

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public ServerlessJobRun With(Func<ServerlessJobRunSpec, ServerlessJobRunSpec> change) => new(change(Spec));

    private ServerlessJobRun WithOverrides(Func<ConfigurationOverridesSpec, ConfigurationOverridesSpec> change) =>
        With(s => s with { ConfigurationOverrides = change(s.ConfigurationOverrides ?? new ConfigurationOverridesSpec()) });
}
