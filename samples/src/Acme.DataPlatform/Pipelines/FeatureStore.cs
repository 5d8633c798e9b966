using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// Feature computation whose load swings through the day: managed scaling resizes the core and Spot task fleets
/// between 4 and 40 units. The capacities below are where it starts; managed scaling moves them, so its Terraform
/// ignores the fleets' target capacities (feature-store.tf.json) instead of shrinking the cluster back on every apply.
/// </summary>
public static partial class FeatureStore
{
    [EmrCluster]
    public static Cluster Cluster => EmrDsl.Cluster.Create("feature-store")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark)
        .LogUri(Accounts.LogUri)
        .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
        .Subnets(Accounts.PrivateSubnetA, Accounts.PrivateSubnetB)
        .MasterFleet(f => f
            .OnDemandCapacity(1)
            .InstanceType(InstanceTypes.M6g.XLarge))
        .CoreFleet(f => f
            .OnDemandCapacity(4)
            .InstanceType(InstanceTypes.R6g.X2Large, 2))
        .TaskFleet(f => f
            .SpotCapacity(8)
            .InstanceType(InstanceTypes.R6g.X2Large, 2, t => t.BidPercentOfOnDemand(80))
            .InstanceType(InstanceTypes.R5.X2Large, 2, t => t.BidPercentOfOnDemand(80))
            .SpotProvisioning(20, SpotTimeoutAction.SwitchToOnDemand, SpotAllocationStrategy.PriceCapacityOptimized))
        .ManagedScaling(4, 40, ComputeLimitsUnitType.InstanceFleetUnits, maxOnDemand: 12, maxCore: 12)
        .KeepAlive()
        .AutoTerminateAfterIdle(TimeSpan.FromHours(1))
        .Tag("Owner", "ml-platform");
}
