using System;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>StartJobRun payloads: Spark and Hive drivers, overrides, streaming with retries.</summary>
public sealed class ServerlessJobRunSnapshotTests
{
    internal const string ApplicationId = "00fabcdefgh12345";
    internal const string Role = "arn:aws:iam::123456789012:role/EMRServerlessJobRole";

    internal static readonly SparkJob Job = SparkJob.For("s3://my-bucket/jobs/etl.py")
        .PyFiles("s3://my-bucket/libs/helpers.zip")
        .Conf("spark.sql.shuffle.partitions", "400")
        .Driver(cores: 2, memory: Memory.Gigabytes(4))
        .Executors(count: 10, cores: 4, memory: Memory.Gigabytes(8))
        .Args("--date", "2026-04-25", "--output", "s3://my-bucket/curated/");

    [Fact]
    public void Spark_run_with_every_setting()
    {
        var run = ServerlessJobRun.Create(ApplicationId, Role)
            .Named("etl 2026-04-25")
            .SparkSubmit(Job)
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.AdaptiveExecution()))
            .MonitoringOverrides(s3LogUri: "s3://my-logs/runs/", cloudWatch: true)
            .ExecutionTimeout(TimeSpan.FromHours(2))
            .Mode(JobRunMode.Batch)
            .Retry(maxAttempts: 3)
            .Tag("Pipeline", "nightly");

        var json = run.ToStartJobRunJson();

        PayloadAssert.Matches(json, PayloadKind.StartJobRun, "ServerlessRun.Spark.approved.json");
        Assert.DoesNotContain("clientToken", json);
    }

    [Fact]
    public void Spark_run_without_options_sends_no_parameters()
    {
        var run = ServerlessJobRun.Create(ApplicationId, Role).SparkSubmit(SparkJob.For("s3://my-bucket/jobs/hello.py"));

        Assert.Null(run.Spec.JobDriver!.SparkSubmit!.SparkSubmitParameters);
        PayloadAssert.Matches(run.ToStartJobRunJson(), PayloadKind.StartJobRun, "ServerlessRun.Minimal.approved.json");
    }

    [Fact]
    public void Hive_run()
    {
        var run = ServerlessJobRun.Create(ApplicationId, Role)
            .Hive(query: "s3://my-bucket/hive/report.q", initQueryFile: "s3://my-bucket/hive/init.q", parameters: "--hiveconf hive.exec.scratchdir=s3://my-bucket/scratch")
            .ExecutionTimeout(TimeSpan.FromMinutes(90));

        PayloadAssert.Matches(run.ToStartJobRunJson(), PayloadKind.StartJobRun, "ServerlessRun.Hive.approved.json");
    }

    [Fact]
    public void Streaming_run_with_retries()
    {
        var run = ServerlessJobRun.Create(ApplicationId, Role)
            .Named("clickstream")
            .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/stream.py"))
            .Mode(JobRunMode.Streaming)
            .Retry(maxFailedAttemptsPerHour: 5)
            .MonitoringOverrides(managedPersistence: true, cloudWatchLogGroup: "/aws/emr-serverless/stream");

        PayloadAssert.Matches(run.ToStartJobRunJson(), PayloadKind.StartJobRun, "ServerlessRun.Streaming.approved.json");
    }

    [Fact]
    public void A_later_driver_replaces_the_earlier_one()
    {
        var run = ServerlessJobRun.Create(ApplicationId, Role).SparkSubmit(Job).Hive("s3://my-bucket/hive/report.q");

        Assert.Null(run.Spec.JobDriver!.SparkSubmit);
        Assert.Equal("s3://my-bucket/hive/report.q", run.Spec.JobDriver.Hive!.Query);
    }

    [Fact]
    public void Output_requires_a_driver()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServerlessJobRun.Create(ApplicationId, Role).ToStartJobRunJson());
        Assert.Contains(".SparkSubmit(job)", error.Message);
    }
}
