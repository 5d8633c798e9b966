using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class SpotCoreNodesRuleTests
{
    private readonly SpotCoreNodesRule _rule = new();

    [Fact]
    public void Spot_core_group_is_reported_at_its_market()
    {
        var spec = Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, market: Market.Spot));
        var finding = Single(_rule, spec, "Instances.InstanceGroups[1].Market");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("HDFS", finding.Message);
        Assert.Contains("TASK", finding.Message);
    }

    [Fact]
    public void The_message_names_a_named_group_and_reads_well_for_an_unnamed_one()
    {
        var named = Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, market: Market.Spot) with { Name = "hdfs" });
        var unnamed = Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, market: Market.Spot) with { Name = null });

        Assert.StartsWith("The core instance group 'hdfs' uses the SPOT market", Single(_rule, named, "Instances.InstanceGroups[1].Market").Message);
        Assert.StartsWith("The core instance group uses the SPOT market", Single(_rule, unnamed, "Instances.InstanceGroups[1].Market").Message);
    }

    [Fact]
    public void Core_fleet_with_spot_units_is_reported()
    {
        var spec = Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), Fleet(InstanceFleetType.Core, onDemand: 2, spot: 2));
        Assert.Contains("2 Spot units", Single(_rule, spec, "Instances.InstanceFleets[1].TargetSpotCapacity").Message);
    }

    [Fact]
    public void Spot_task_group_and_zero_spot_core_fleet_are_fine()
    {
        Assert.Empty(Findings(_rule, Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core), Group(InstanceRole.Task, market: Market.Spot))));
        Assert.Empty(Findings(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), Fleet(InstanceFleetType.Core, onDemand: 2, spot: 0))));
    }
}

public sealed class SpotMasterNodeRuleTests
{
    private readonly SpotMasterNodeRule _rule = new();

    [Fact]
    public void Spot_master_group_and_fleet_are_reported()
    {
        Assert.Contains("whole cluster", Single(_rule, Clean().WithGroups(Group(InstanceRole.Master, market: Market.Spot), Group(InstanceRole.Core)), "Instances.InstanceGroups[0].Market").Message);
        Single(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, spot: 1)), "Instances.InstanceFleets[0].TargetSpotCapacity");
    }

    [Fact]
    public void Spot_core_is_not_this_rules_business()
    {
        Assert.Empty(Findings(_rule, Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, market: Market.Spot))));
    }
}
