using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>Instance fleets: weighted instance types, bids, capacities, provisioning and resize specifications.</summary>
public sealed class InstanceFleetTests
{
    private static Cluster FleetCluster => Cluster.Create("fleets")
        .Release(EmrRelease.Emr_7_1_0)
        .Subnets("subnet-a", "subnet-b", "subnet-c")
        .MasterFleet(f => f
            .OnDemandCapacity(1)
            .InstanceType(InstanceTypes.M6g.XLarge)
            .InstanceType(InstanceTypes.M5.XLarge))
        .CoreFleet(f => f
            .Named("core-fleet")
            .OnDemandCapacity(4)
            .SpotCapacity(8)
            .InstanceType(InstanceTypes.R6g.X2Large, 2, t => t.BidPercentOfOnDemand(60).Ebs(VolumeType.Gp3, 128, volumesPerInstance: 2))
            .InstanceType(InstanceTypes.R5.X4Large, 4, t => t.BidPrice(1.25m).EbsOptimized().Priority(1))
            .InstanceType(InstanceTypes.R6i.X2Large, 2, t => t.BidPrice(BidPrice.OnDemandPrice).Configure(Classifications.SparkEnv(e => e.Export("PYSPARK_PYTHON", "/usr/bin/python3"))).CustomAmi("ami-0fedcba9876543210"))
            .SpotProvisioning(20, SpotTimeoutAction.SwitchToOnDemand, SpotAllocationStrategy.PriceCapacityOptimized)
            .OnDemandProvisioning(OnDemandAllocationStrategy.LowestPrice)
            .SpotResize(60, SpotAllocationStrategy.CapacityOptimized)
            .OnDemandResize(30, OnDemandAllocationStrategy.Prioritized))
        .TaskFleet(f => f.SpotCapacity(16).InstanceType(InstanceTypes.C6g.X4Large, 4));

    [Fact]
    public void Fleets_carry_every_instance_fleet_member() =>
        PayloadAssert.Matches(FleetCluster.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Fleets.AllMembers.approved.json");

    [Fact]
    public void Writing_a_fleet_again_refines_it()
    {
        var cluster = FleetCluster.CoreFleet(f => f.SpotCapacity(32).InstanceType(InstanceTypes.R6g.X2Large, 2, t => t.BidPercentOfOnDemand(80)));

        var core = cluster.Spec.Instances!.InstanceFleets[1];
        Assert.Equal(3, cluster.Spec.Instances.InstanceFleets.Count);
        Assert.Equal("core-fleet", core.Name);
        Assert.Equal(4, core.TargetOnDemandCapacity);
        Assert.Equal(32, core.TargetSpotCapacity);
        Assert.Equal(3, core.InstanceTypeConfigs.Count);
        Assert.Equal(80, core.InstanceTypeConfigs[0].BidPriceAsPercentageOfOnDemandPrice);
        Assert.Null(core.InstanceTypeConfigs[0].EbsConfiguration);
    }

    [Fact]
    public void Capacity_reservations_and_the_on_demand_allocation_strategy_keep_each_other_in_either_order()
    {
        var first = Cluster.Create("c").MasterFleet(f => f
            .OnDemandCapacityReservations(CapacityReservationUsageStrategy.UseCapacityReservationsFirst, CapacityReservationPreference.Open)
            .OnDemandProvisioning(OnDemandAllocationStrategy.LowestPrice));
        var second = Cluster.Create("c").MasterFleet(f => f
            .OnDemandProvisioning(OnDemandAllocationStrategy.LowestPrice)
            .OnDemandCapacityReservations(CapacityReservationUsageStrategy.UseCapacityReservationsFirst, CapacityReservationPreference.Open));

        var onDemand = first.Spec.Instances!.InstanceFleets[0].LaunchSpecifications!.OnDemandSpecification!;
        Assert.Equal(OnDemandAllocationStrategy.LowestPrice, onDemand.AllocationStrategy);
        Assert.Equal(CapacityReservationPreference.Open, onDemand.CapacityReservationOptions!.CapacityReservationPreference);
        Assert.Equal(first.Spec, second.Spec);
    }

    [Fact]
    public void Capacity_reservations_need_a_usage_strategy_a_preference_or_a_resource_group()
    {
        var error = Assert.Throws<System.ArgumentException>(() => Cluster.Create("c").MasterFleet(f => f.OnDemandCapacityReservations()));

        Assert.Equal("usageStrategy", error.ParamName);
    }

    [Fact]
    public void A_bid_price_and_a_bid_percentage_exclude_each_other()
    {
        var type = Cluster.Create("c").TaskFleet(f => f.InstanceType("m5.xlarge", configure: t => t.BidPercentOfOnDemand(50).BidPrice("0.3"))).Spec.Instances!.InstanceFleets[0].InstanceTypeConfigs[0];

        Assert.Equal("0.3", type.BidPrice);
        Assert.Null(type.BidPriceAsPercentageOfOnDemandPrice);
    }

    [Fact]
    public void Mixing_groups_and_fleets_is_kept_for_Validate_to_report()
    {
        var cluster = Cluster.Create("c").Master("m5.xlarge").MasterFleet(f => f.OnDemandCapacity(1).InstanceType("m5.xlarge"));

        Assert.Single(cluster.Spec.Instances!.InstanceGroups);
        Assert.Single(cluster.Spec.Instances.InstanceFleets);
        Assert.Equal(InstanceFleetType.Master, cluster.Spec.Instances.InstanceFleets[0].InstanceFleetType);
    }
}
