using System;
using EmrDsl.Containers;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>Bad input is refused at the call that takes it, naming the argument and a form that works.</summary>
public sealed class EksJobRunArgumentTests
{
    private static EksJobRun Run() => EksJobRun.Create(EksJobRunSnapshotTests.VirtualClusterId, EksJobRunSnapshotTests.Role, EksJobRunSnapshotTests.Release);

    [Theory]
    [InlineData("Cluster-1")]
    [InlineData("")]
    public void Virtual_cluster_id_must_be_lowercase_letters_and_digits(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => EksJobRun.Create(id, EksJobRunSnapshotTests.Role, EksJobRunSnapshotTests.Release));
        Assert.Equal("virtualClusterId", error.ParamName);
    }

    [Fact]
    public void Release_label_with_a_space_is_refused_with_an_example()
    {
        var error = Assert.Throws<ArgumentException>(() => EksJobRun.Create(EksJobRunSnapshotTests.VirtualClusterId, EksJobRunSnapshotTests.Role, "emr 7.2.0"));
        Assert.Equal("releaseLabel", error.ParamName);
        Assert.Contains("emr-7.2.0-latest", error.Message);
    }

    [Fact]
    public void Run_name_with_a_space_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Run().Named("etl 2026-04-25"));
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Log_stream_prefix_without_a_log_group_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Run().Monitoring(cloudWatchLogStreamPrefix: "etl"));
        Assert.Equal("cloudWatchLogStreamPrefix", error.ParamName);
    }

    [Fact]
    public void Monitoring_without_a_setting_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Run().Monitoring());
    }

    [Fact]
    public void Retry_needs_a_positive_attempt_count()
    {
        Assert.ThrowsAny<ArgumentException>(() => Run().Retry(0));
    }
}
