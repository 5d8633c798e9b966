using System;
using System.Linq;
using EmrDsl.Rules;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>The EMR Serverless rules: each reports its case and stays quiet on the near miss.</summary>
public sealed class ServerlessRuleTests
{
    private static readonly ServerlessApplication App = ServerlessApplicationSnapshotTests.Seed;
    private static readonly ServerlessJobRun Run = ServerlessJobRun.Create(ServerlessJobRunSnapshotTests.ApplicationId, ServerlessJobRunSnapshotTests.Role)
        .SparkSubmit(SparkJob.For("s3://my-bucket/app.py")).ExecutionTimeout(TimeSpan.FromHours(1));

    private static string[] Ids(System.Collections.Generic.IReadOnlyList<Finding> findings) => findings.Select(f => f.Id).ToArray();

    [Fact]
    public void Seed_application_and_run_are_clean()
    {
        Assert.Empty(App.Validate());
        Assert.Empty(Run.Validate(App));
    }

    [Fact]
    public void No_maximum_capacity() =>
        Assert.Equal(new[] { "EMR101" }, Ids(ServerlessApplication.Create("x").Release("emr-7.0.0").Type(ServerlessEngine.Spark).Validate()));

    [Fact]
    public void Initial_above_maximum_capacity()
    {
        var findings = App.MaximumCapacity(Cpu.VCpus(8), Memory.Gigabytes(128), Disk.Gigabytes(40)).Validate();

        Assert.Equal(new[] { "maximumCapacity.cpu", "maximumCapacity.disk" }, findings.Select(f => f.Path));
        Assert.Contains("needs 10 vCPU", findings[0].Message);
        Assert.Empty(App.MaximumCapacity(Cpu.VCpus(10), Memory.Gigabytes(20), Disk.Gigabytes(60)).Validate());
    }

    [Theory]
    [InlineData(3, 4, "have 1, 2, 4, 8, 16 vCPU")]
    [InlineData(2, 16, "more than any 2 vCPU worker holds")]
    [InlineData(2, 4, "pre-initialized Executor workers have 4 vCPU")]
    public void Spark_sizing(int cores, int gigabytes, string expected)
    {
        var run = Run.SparkSubmit(SparkJob.For("s3://my-bucket/app.py").Executors(cores: cores, memory: Memory.Gigabytes(gigabytes)));

        var finding = Assert.Single(run.Validate(App));
        Assert.Equal("EMR103", finding.Id);
        Assert.Contains(expected, finding.Message);
    }

    [Fact]
    public void Spark_sizing_that_fits_the_workers_is_clean() =>
        Assert.Empty(Run.SparkSubmit(SparkJob.For("s3://my-bucket/app.py").Executors(cores: 4, memory: Memory.Gigabytes(7))).Validate(App));

    [Fact]
    public void Auto_stop()
    {
        Assert.Equal(new[] { "EMR104" }, Ids(App.DisableAutoStop().Validate()));
        var limit = new RuleContext { MaxIdleTimeoutSeconds = 3600 };
        Assert.Equal(new[] { "EMR104" }, Ids(App.AutoStop(TimeSpan.FromHours(2)).Validate(limit)));
        Assert.Empty(App.AutoStop(TimeSpan.FromHours(1)).Validate(limit));
    }

    [Fact]
    public void Execution_timeout_and_streaming_retry()
    {
        var noTimeout = ServerlessJobRun.Create(ServerlessJobRunSnapshotTests.ApplicationId, ServerlessJobRunSnapshotTests.Role).SparkSubmit(SparkJob.For("s3://my-bucket/app.py"));

        Assert.Equal(new[] { "EMR105" }, Ids(noTimeout.Validate()));
        Assert.Equal(new[] { "EMR106" }, Ids(noTimeout.Mode(JobRunMode.Streaming).Validate()));
        Assert.Empty(noTimeout.Mode(JobRunMode.Streaming).Retry(maxFailedAttemptsPerHour: 5).Validate());
    }

    [Fact]
    public void Logs_not_persisted()
    {
        Assert.Equal(new[] { "EMR107" }, Ids(App.Monitoring(managedPersistence: false).Validate()));
        Assert.Empty(App.Monitoring(managedPersistence: false, s3LogUri: "s3://my-logs/sls/").Validate());
        Assert.Equal(new[] { "EMR107" }, Ids(Run.MonitoringOverrides(managedPersistence: false).Validate(App)));
        Assert.Empty(Run.MonitoringOverrides(managedPersistence: false).Validate(App.Monitoring(s3LogUri: "s3://my-logs/sls/")));
    }

    [Fact]
    public void Every_serverless_rule_has_a_documentation_page()
    {
        foreach (var rule in ServerlessRuleSet.All)
        {
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(EmrDsl.Testing.RepoPaths.Root, "docs", "rules", rule.Id + ".md")), rule.Id);
        }
    }
}
