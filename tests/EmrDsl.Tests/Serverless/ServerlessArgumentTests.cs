using System;
using EmrDsl.Serverless;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>Bad input fails at the call that wrote it, naming the parameter, the value and how to write it instead.</summary>
public sealed class ServerlessArgumentTests
{
    private static readonly ServerlessApplication App = ServerlessApplicationSnapshotTests.Seed;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("has space")]
    [InlineData("a-name-that-is-far-too-long-for-emr-serverless-which-takes-64-chars")]
    public void Application_names_follow_the_api_pattern(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => ServerlessApplication.Create(name));
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Release_must_be_an_emr_label() =>
        AssertError(() => App.Release("7.0.0"), "releaseLabel", "'7.0.0'", "emr-7.2.0");

    [Theory]
    [InlineData(3, 8, "no EMR Serverless worker has 3 vCPU")]
    [InlineData(2, 32, "2 vCPU takes 4 to 16 GB")]
    [InlineData(4, 4, "4 vCPU takes 8 to 30 GB")]
    [InlineData(8, 18, "8 vCPU takes 16 to 60 GB in 4 GB steps")]
    [InlineData(16, 36, "16 vCPU takes 32 to 120 GB in 8 GB steps")]
    public void Worker_sizes_must_be_a_documented_configuration(int vcpus, int gigabytes, string expected) =>
        AssertError(() => App.InitialCapacity(WorkerKind.Executor, 1, Cpu.VCpus(vcpus), Memory.Gigabytes(gigabytes)), "memory", expected, "Cpu.VCpus(2), memory: Memory.Gigabytes(4)");

    [Theory]
    [InlineData(1, 2)]
    [InlineData(1, 8)]
    [InlineData(4, 30)]
    [InlineData(8, 60)]
    [InlineData(16, 120)]
    public void Documented_edges_are_accepted(int vcpus, int gigabytes) =>
        Assert.Equal($"{gigabytes} GB", App.InitialCapacity(WorkerKind.Executor, 1, Cpu.VCpus(vcpus), Memory.Gigabytes(gigabytes)).Spec.InitialCapacity[1].Value.WorkerConfiguration!.Memory);

    [Fact]
    public void Worker_memory_is_whole_gigabytes() =>
        AssertError(() => App.InitialCapacity(WorkerKind.Driver, 1, Cpu.VCpus(2), Memory.Megabytes(4500)), "memory", "whole gigabytes, not 4500 MB", "Memory.Gigabytes(4)");

    [Theory]
    [InlineData(19)]
    [InlineData(201)]
    public void Worker_disk_is_20_to_200_gigabytes(int gigabytes) =>
        AssertError(() => App.InitialCapacity(WorkerKind.Driver, 1, Cpu.VCpus(2), Memory.Gigabytes(4), Disk.Gigabytes(gigabytes)), "disk", $"not {gigabytes} GB", "Disk.Gigabytes(20)");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Counts_and_sizes_must_be_positive(int value)
    {
        Assert.Equal("workers", Assert.ThrowsAny<ArgumentException>(() => App.InitialCapacity(WorkerKind.Driver, value, Cpu.VCpus(2), Memory.Gigabytes(4))).ParamName);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => Cpu.VCpus(value)).ParamName);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => Disk.Gigabytes(value)).ParamName);
        Assert.Equal("cpu", Assert.ThrowsAny<ArgumentException>(() => App.MaximumCapacity(default, Memory.Gigabytes(4))).ParamName);
    }

    [Fact]
    public void Maximum_memory_is_whole_gigabytes() =>
        AssertError(() => App.MaximumCapacity(Cpu.VCpus(8), Memory.Megabytes(1536)), "memory", "not 1536 MB", "Memory.Gigabytes(2)");

    [Theory]
    [InlineData(0.5)]
    [InlineData(0)]
    [InlineData(10081)]
    public void Auto_stop_takes_whole_minutes_within_a_week(double minutes) =>
        Assert.Equal("idle", Assert.ThrowsAny<ArgumentException>(() => App.AutoStop(TimeSpan.FromMinutes(minutes))).ParamName);

    [Fact]
    public void Scheduler_limits() =>
        AssertError(() => App.Scheduler(maxConcurrentRuns: 0), "maxConcurrentRuns", "1 to 1000", "(got 0)");

    [Fact]
    public void Network_ids_are_checked() =>
        AssertError(() => App.Network(new[] { "sg-0123" }, new[] { "sg-0123" }), "subnets", "'sg-0123'", "subnet-0123456789abcdef0");

    [Fact]
    public void Image_must_be_in_ecr() =>
        AssertError(() => App.Image("docker.io/library/spark:latest"), "imageUri", "'docker.io/library/spark:latest'", ".dkr.ecr.");

    [Fact]
    public void Disk_encryption_takes_a_key_arn_not_an_alias() =>
        AssertError(() => App.DiskEncryption("arn:aws:kms:us-east-1:123456789012:alias/emr"), "kmsKeyArn", "alias/emr", "does not take aliases");

    [Fact]
    public void Log_uri_must_be_s3() =>
        AssertError(() => App.Monitoring(s3LogUri: "my-logs/emr"), "s3LogUri", "'my-logs/emr'", "s3://bucket/key");

    [Fact]
    public void Cloud_watch_log_group_conflicts_with_cloud_watch_off() =>
        AssertError(() => App.Monitoring(cloudWatch: false, cloudWatchLogGroup: "/aws/emr"), "cloudWatchLogGroup", "/aws/emr", "cloudWatch: true");

    [Fact]
    public void Settings_without_a_value_are_refused()
    {
        Assert.Equal("s3LogUri", Assert.Throws<ArgumentException>(() => App.Monitoring()).ParamName);
        Assert.Equal("studio", Assert.Throws<ArgumentException>(() => App.Interactive()).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentException>(() => App.RuntimeConfiguration()).ParamName);
    }

    [Fact]
    public void Configuration_without_classification_is_refused() =>
        Assert.Equal("configuration", Assert.ThrowsAny<ArgumentException>(() => App.RuntimeConfiguration(new Model.ConfigurationSpec())).ParamName);

    [Fact]
    public void Tag_keys_follow_the_api_pattern() =>
        AssertError(() => App.Tag("cost*center", "1"), "key", "'cost*center'", "Owner");

    [Fact]
    public void Job_run_ids_and_roles_are_checked()
    {
        AssertError(() => ServerlessJobRun.Create("00FABC", ServerlessJobRunSnapshotTests.Role), "applicationId", "'00FABC'", "lowercase letters and digits");
        AssertError(() => ServerlessJobRun.Create(ServerlessJobRunSnapshotTests.ApplicationId, "EMRServerlessJobRole"), "executionRoleArn", "'EMRServerlessJobRole'", "arn:aws:iam::123456789012:role/");
    }

    [Fact]
    public void Job_run_settings_are_checked()
    {
        var run = ServerlessJobRun.Create(ServerlessJobRunSnapshotTests.ApplicationId, ServerlessJobRunSnapshotTests.Role);

        AssertError(() => run.ExecutionTimeout(TimeSpan.FromSeconds(90)), "timeout", "whole minutes", "TimeSpan.FromMinutes(30)");
        AssertError(() => run.Retry(maxAttempts: 0), "maxAttempts", "at least 1", "(got 0)");
        AssertError(() => run.Hive("report.q"), "query", "'report.q'", "s3://bucket/key");
        Assert.Equal("job", Assert.Throws<ArgumentNullException>(() => run.SparkSubmit(null!)).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentException>(() => run.Retry()).ParamName);
    }

    private static void AssertError(Action action, string parameter, params string[] fragments)
    {
        var error = Assert.ThrowsAny<ArgumentException>(action);
        Assert.Equal(parameter, error.ParamName);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message);
        }
    }
}
