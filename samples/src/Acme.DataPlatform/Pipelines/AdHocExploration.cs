using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// A persistent cluster analysts attach notebooks to: instance fleets spread over two subnets so EMR can find
/// capacity, Spot for the task fleet, and auto-termination once nobody has used it for an hour.
/// </summary>
public static partial class AdHocExploration
{
    [EmrCluster]
    public static Cluster Cluster => EmrDsl.Cluster.Create("adhoc-exploration")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark, EmrApplication.Hive)
        .LogUri(Accounts.LogUri)
        .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
        .Subnets(Accounts.PrivateSubnetA, Accounts.PrivateSubnetB)
        .MasterFleet(f => f
            .OnDemandCapacity(1)
            .InstanceType(InstanceTypes.M6g.XLarge)
            .InstanceType(InstanceTypes.M5.XLarge))
        .CoreFleet(f => f
            .OnDemandCapacity(4)
            .InstanceType(InstanceTypes.R6g.X2Large, 2)
            .InstanceType(InstanceTypes.R5.X2Large, 2))
        .TaskFleet(f => f
            .SpotCapacity(16)
            .InstanceType(InstanceTypes.R6g.X2Large, 2, t => t.BidPercentOfOnDemand(80))
            .InstanceType(InstanceTypes.R5.X4Large, 4, t => t.BidPercentOfOnDemand(80))
            .SpotProvisioning(20, SpotTimeoutAction.SwitchToOnDemand, SpotAllocationStrategy.PriceCapacityOptimized))
        .KeepAlive()
        .AutoTerminateAfterIdle(TimeSpan.FromHours(1))
        .Tag("Owner", "analytics");
}
