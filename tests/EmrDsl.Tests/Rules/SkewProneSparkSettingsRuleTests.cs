using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class SkewProneSparkSettingsRuleTests
{
    private readonly SkewProneSparkSettingsRule _rule = new();

    [Fact]
    public void Disabled_adaptive_execution_is_reported_with_setting_and_fix()
    {
        var finding = Single(_rule, Clean().WithSparkDefaults(("spark.sql.adaptive.enabled", "FALSE")), "Configurations[0].Properties.spark.sql.adaptive.enabled");
        Assert.Contains("spark.sql.adaptive.enabled=false", finding.Message);
        Assert.Contains("true", finding.Message);
    }

    [Fact]
    public void Shuffle_partitions_far_below_cores_names_a_better_value()
    {
        // 10 x m5.4xlarge core nodes = 160 vCPUs.
        var spec = Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, "m5.4xlarge", 10)).WithSparkDefaults(("spark.sql.shuffle.partitions", "20"));
        var finding = Single(_rule, spec, "Configurations[0].Properties.spark.sql.shuffle.partitions");
        Assert.Contains("160 executor cores", finding.Message);
        Assert.Contains("spark.sql.shuffle.partitions=320", finding.Message);
    }

    [Fact]
    public void Shuffle_partitions_near_the_core_count_are_fine()
    {
        var spec = Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, "m5.4xlarge", 10)).WithSparkDefaults(("spark.sql.shuffle.partitions", "80"));
        Assert.Empty(Findings(_rule, spec));
    }

    [Theory]
    [InlineData("spark.sql.files.maxPartitionBytes", "512k")]
    [InlineData("spark.sql.files.maxPartitionBytes", "2g")]
    [InlineData("spark.sql.autoBroadcastJoinThreshold", "-1")]
    [InlineData("spark.sql.autoBroadcastJoinThreshold", "4gb")]
    [InlineData("spark.sql.adaptive.skewJoin.enabled", "false")]
    public void Extreme_values_are_reported(string key, string value)
    {
        Assert.Contains(key + "=" + value, Single(_rule, Clean().WithSparkDefaults((key, value)), "Configurations[0].Properties." + key).Message);
    }

    [Theory]
    [InlineData("spark.sql.files.maxPartitionBytes", "256m")]
    [InlineData("spark.sql.autoBroadcastJoinThreshold", "104857600")]
    [InlineData("spark.sql.adaptive.enabled", "true")]
    public void Reasonable_values_are_fine(string key, string value)
    {
        Assert.Empty(Findings(_rule, Clean().WithSparkDefaults((key, value))));
    }

    [Fact]
    public void Instance_group_configurations_are_checked_and_other_classifications_are_not()
    {
        var core = Group(InstanceRole.Core) with
        {
            Configurations = new[]
            {
                new ConfigurationSpec { Classification = "spark-defaults", Properties = new[] { new MapEntry("spark.sql.adaptive.enabled", "false") }.ToEquatableArray() },
                new ConfigurationSpec { Classification = "spark-hive-site", Properties = new[] { new MapEntry("spark.sql.adaptive.enabled", "false") }.ToEquatableArray() },
            }.ToEquatableArray(),
        };
        Single(_rule, Clean().WithGroups(Group(InstanceRole.Master), core), "Instances.InstanceGroups[1].Configurations[0].Properties.spark.sql.adaptive.enabled");
    }
}
