using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class ManagedScalingLimitsRuleTests
{
    private readonly ManagedScalingLimitsRule _rule = new();

    private static ClusterSpec WithLimits(ClusterSpec spec, ComputeLimitsSpec limits) => spec with { ManagedScalingPolicy = new ManagedScalingSpec { ComputeLimits = limits } };

    private static ComputeLimitsSpec Limits(int min, int max, ComputeLimitsUnitType unit = ComputeLimitsUnitType.Instances) =>
        new() { UnitType = unit, MinimumCapacityUnits = min, MaximumCapacityUnits = max };

    [Fact]
    public void Minimum_above_maximum_is_reported()
    {
        Assert.Contains("(10) is above MaximumCapacityUnits (5)", Single(_rule, WithLimits(Clean(), Limits(10, 5)), "ManagedScalingPolicy.ComputeLimits.MinimumCapacityUnits").Message);
    }

    [Fact]
    public void On_demand_and_core_maximums_above_maximum_are_reported()
    {
        var spec = WithLimits(Clean(), Limits(2, 10) with { MaximumOnDemandCapacityUnits = 12, MaximumCoreCapacityUnits = 10 });
        Single(_rule, spec, "ManagedScalingPolicy.ComputeLimits.MaximumOnDemandCapacityUnits");
    }

    [Fact]
    public void Unit_type_must_match_the_instance_form()
    {
        Single(_rule, WithLimits(Clean(), Limits(2, 10, ComputeLimitsUnitType.InstanceFleetUnits)), "ManagedScalingPolicy.ComputeLimits.UnitType");
        Single(_rule, WithLimits(Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1)), Limits(2, 10, ComputeLimitsUnitType.Vcpu)), "ManagedScalingPolicy.ComputeLimits.UnitType");
        Assert.Empty(Findings(_rule, WithLimits(Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1)), Limits(2, 10, ComputeLimitsUnitType.InstanceFleetUnits))));
        Assert.Empty(Findings(_rule, WithLimits(Clean(), Limits(10, 10))));
    }
}

public sealed class SpotFleetProvisioningRuleTests
{
    private readonly SpotFleetProvisioningRule _rule = new();

    [Fact]
    public void Spot_fleet_without_specification_is_reported()
    {
        var spec = Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), Fleet(InstanceFleetType.Task, spot: 4));
        var finding = Single(_rule, spec, "Instances.InstanceFleets[1].LaunchSpecifications");
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Contains("SWITCH_TO_ON_DEMAND", finding.Message);
    }

    [Fact]
    public void Missing_allocation_strategy_is_reported_and_a_full_specification_is_fine()
    {
        var partial = Fleet(InstanceFleetType.Task, spot: 4) with
        {
            LaunchSpecifications = new FleetLaunchSpec { SpotSpecification = new SpotProvisioningSpec { TimeoutDurationMinutes = 10, TimeoutAction = SpotTimeoutAction.SwitchToOnDemand } },
        };
        Single(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), partial), "Instances.InstanceFleets[1].LaunchSpecifications.SpotSpecification");
        var full = partial with { LaunchSpecifications = partial.LaunchSpecifications! with { SpotSpecification = partial.LaunchSpecifications.SpotSpecification! with { AllocationStrategy = SpotAllocationStrategy.PriceCapacityOptimized } } };
        Assert.Empty(Findings(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), full)));
        Assert.Empty(Findings(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), Fleet(InstanceFleetType.Task, onDemand: 4))));
    }

    [Fact]
    public void A_fleet_asking_for_Spot_blocks_is_told_to_drop_them_with_the_strategy()
    {
        var blocks = Fleet(InstanceFleetType.Core, spot: 4) with
        {
            LaunchSpecifications = new FleetLaunchSpec { SpotSpecification = new SpotProvisioningSpec { BlockDurationMinutes = 240, TimeoutDurationMinutes = 20, TimeoutAction = SpotTimeoutAction.SwitchToOnDemand } },
        };

        var finding = Single(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1), blocks), "Instances.InstanceFleets[1].LaunchSpecifications.SpotSpecification");

        Assert.EndsWith("(BlockDurationMinutes 240), which EC2 stopped offering on 2022-12-31 and which take no allocation strategy: remove BlockDurationMinutes and set AllocationStrategy to price-capacity-optimized.", finding.Message);
    }
}
