using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

/// <summary>Managed scaling limits on the clean cluster, which uses instance groups.</summary>
internal static class ManagedScalingSpecs
{
    public static ClusterSpec WithManagedScaling(this ClusterSpec spec, int min = 2, int max = 10, int? maxOnDemand = null) => spec with
    {
        ManagedScalingPolicy = new ManagedScalingSpec
        {
            ComputeLimits = new ComputeLimitsSpec { UnitType = ComputeLimitsUnitType.Instances, MinimumCapacityUnits = min, MaximumCapacityUnits = max, MaximumOnDemandCapacityUnits = maxOnDemand },
        },
    };

    public static ClusterSpec WithApplications(this ClusterSpec spec, params string[] names) =>
        spec with { Applications = System.Array.ConvertAll(names, n => new ApplicationSpec { Name = n }).ToEquatableArray() };
}

public sealed class ManagedScalingUnsupportedRuleTests
{
    private readonly ManagedScalingUnsupportedRule _rule = new();

    [Theory]
    [InlineData("emr-5.29.0")]
    [InlineData("emr-6.0.0")]
    public void Releases_without_managed_scaling_are_reported(string release)
    {
        var finding = Single(_rule, ManagedScalingSpecs.WithManagedScaling(Clean() with { ReleaseLabel = release }), "ManagedScalingPolicy");
        Assert.Contains(release, finding.Message);
    }

    [Fact]
    public void Applications_that_do_not_run_on_YARN_are_reported_by_name()
    {
        var findings = Findings(_rule, ManagedScalingSpecs.WithManagedScaling(Clean()).WithApplications("Spark", "Trino", "hbase"));
        Assert.Equal(2, findings.Length);
        Assert.Contains("runs Trino", findings[0].Message);
        Assert.Contains("runs HBase", findings[1].Message);
    }

    [Fact]
    public void Supported_releases_YARN_applications_and_clusters_without_managed_scaling_are_fine()
    {
        Assert.Empty(Findings(_rule, ManagedScalingSpecs.WithManagedScaling(Clean() with { ReleaseLabel = "emr-5.30.0" }).WithApplications("Spark", "Hive", "Flink")));
        Assert.Empty(Findings(_rule, ManagedScalingSpecs.WithManagedScaling(Clean() with { ReleaseLabel = "emr-6.1.0" })));
        Assert.Empty(Findings(_rule, Clean().WithApplications("Presto") with { ReleaseLabel = "emr-5.20.0" }));
    }
}

public sealed class ManagedAndCustomScalingRuleTests
{
    private readonly ManagedAndCustomScalingRule _rule = new();

    [Fact]
    public void A_custom_policy_on_a_managed_cluster_is_reported_at_the_policy()
    {
        Assert.Contains("remove the group's AutoScalingPolicy", Single(_rule, ManagedScalingSpecs.WithManagedScaling(WithTaskPolicy(TwoWay())), TaskPolicy).Message);
    }

    [Fact]
    public void Either_one_alone_is_fine()
    {
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay())));
        Assert.Empty(Findings(_rule, ManagedScalingSpecs.WithManagedScaling(Clean())));
    }
}

public sealed class ManagedScalingWithoutSpotRuleTests
{
    private readonly ManagedScalingWithoutSpotRule _rule = new();

    private static ClusterSpec SpotTasks() => Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, count: 2), Group(InstanceRole.Task, count: 4, market: Market.Spot));

    [Fact]
    public void Spot_tasks_with_no_on_demand_limit_are_reported_at_the_limits()
    {
        Assert.Contains("MaximumCapacityUnits (10)", Single(_rule, ManagedScalingSpecs.WithManagedScaling(SpotTasks()), "ManagedScalingPolicy.ComputeLimits").Message);
    }

    [Fact]
    public void Spot_tasks_with_the_on_demand_limit_at_the_maximum_are_reported_at_that_limit()
    {
        Single(_rule, ManagedScalingSpecs.WithManagedScaling(SpotTasks(), maxOnDemand: 10), "ManagedScalingPolicy.ComputeLimits.MaximumOnDemandCapacityUnits");
        var fleets = Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), Fleet(InstanceFleetType.Task, spot: 8)) with
        {
            ManagedScalingPolicy = new ManagedScalingSpec { ComputeLimits = new ComputeLimitsSpec { UnitType = ComputeLimitsUnitType.InstanceFleetUnits, MinimumCapacityUnits = 1, MaximumCapacityUnits = 20 } },
        };
        Single(_rule, fleets, "ManagedScalingPolicy.ComputeLimits");
    }

    [Fact]
    public void Room_for_Spot_or_no_Spot_capacity_is_fine()
    {
        Assert.Empty(Findings(_rule, ManagedScalingSpecs.WithManagedScaling(SpotTasks(), maxOnDemand: 4)));
        Assert.Empty(Findings(_rule, ManagedScalingSpecs.WithManagedScaling(Clean())));
    }
}
