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

    [Theory]
    [InlineData("2 GB")]
    [InlineData("1T")]
    [InlineData("1")]
    public void Rotation_size_must_be_a_number_with_k_m_or_g(string size)
    {
        var error = Assert.Throws<ArgumentException>(() => Run().ContainerLogRotation(size, 5));
        Assert.Equal("rotationSize", error.ParamName);
        Assert.Contains("2GB", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Rotation_keeps_1_to_50_files(int files)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Run().ContainerLogRotation("2GB", files));
        Assert.Equal("maxFilesToKeep", error.ParamName);
    }
}
