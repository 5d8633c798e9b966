using EmrDsl.Containers;
using EmrDsl.Testing;
using EmrDsl.Tests.Serverless;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>EMR on EKS StartJobRun payloads built with the DSL, each checked against the emr-containers service model.</summary>
public sealed class EksJobRunSnapshotTests
{
    internal const string VirtualClusterId = "0ynz1ikogr9fbj6s2y3xfcyvf";
    internal const string Role = "arn:aws:iam::123456789012:role/emr-on-eks-job-execution-role";
    internal const string Release = "emr-7.2.0-latest";

    [Fact]
    public void Spark_run_with_every_setting()
    {
        var run = EksJobRun.Create(VirtualClusterId, Role, Release)
            .Named("nightly-etl")
            .SparkSubmit(ServerlessJobRunSnapshotTests.Job)
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.AdaptiveExecution()))
            .Monitoring(s3LogUri: "s3://my-logs/eks/", cloudWatchLogGroup: "/emr-on-eks/nightly", cloudWatchLogStreamPrefix: "etl", persistentAppUI: true)
            .ContainerLogRotation("2GB", maxFilesToKeep: 10)
            .Retry(maxAttempts: 3)
            .Tag("Pipeline", "nightly");

        var json = run.ToStartJobRunJson();

        PayloadAssert.Matches(json, PayloadKind.EksStartJobRun, "EksRun.Spark.approved.json");
        Assert.DoesNotContain("clientToken", json);
    }

    [Fact]
    public void Spark_sql_run()
    {
        var run = EksJobRun.Create(VirtualClusterId, Role, Release)
            .SparkSql("s3://my-bucket/sql/report.sql", "--conf spark.executor.instances=4");

        var json = run.ToStartJobRunJson();

        PayloadOracle.AssertValid(json, PayloadKind.EksStartJobRun);
        Assert.Equal("s3://my-bucket/sql/report.sql", run.Spec.JobDriver!.SparkSqlJobDriver!.EntryPoint);
        Assert.Null(run.Spec.JobDriver.SparkSubmitJobDriver);
    }

    [Fact]
    public void Monitoring_calls_keep_the_parts_they_do_not_name()
    {
        var run = EksJobRun.Create(VirtualClusterId, Role, Release)
            .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/hello.py"))
            .Monitoring(s3LogUri: "s3://my-logs/eks/")
            .Monitoring(persistentAppUI: false);

        var monitoring = run.Spec.ConfigurationOverrides!.MonitoringConfiguration!;
        Assert.Equal("s3://my-logs/eks/", monitoring.S3MonitoringConfiguration!.LogUri);
        Assert.Equal(Toggle.Disabled, monitoring.PersistentAppUI);
        PayloadOracle.AssertValid(run.ToStartJobRunJson(), PayloadKind.EksStartJobRun);
    }

    [Fact]
    public void A_run_without_a_driver_is_refused_with_the_calls_that_add_one()
    {
        var run = EksJobRun.Create(VirtualClusterId, Role, Release);

        var error = Assert.Throws<System.InvalidOperationException>(() => run.ToStartJobRunJson());
        Assert.Contains(".SparkSubmit(job)", error.Message);
        Assert.Contains(VirtualClusterId, error.Message);
    }

    [Fact]
    public void A_classification_written_twice_merges_into_one()
    {
        var run = EksJobRun.Create(VirtualClusterId, Role, Release)
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.AdaptiveExecution()))
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set("spark.dynamicAllocation.enabled", "false")));

        var configuration = Assert.Single(run.Spec.ConfigurationOverrides!.ApplicationConfiguration);
        Assert.Equal("spark-defaults", configuration.Classification);
        Assert.Equal(2, configuration.Properties.Count);
    }
}
