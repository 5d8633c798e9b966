using EmrDsl;

namespace Acme.DataPlatform.Environments;

public static partial class Clickstream
{
    /// <summary>Production volume: more core nodes plus Spot task nodes, and a step-function placeholder for the cluster id.</summary>
    [EmrCluster(JobFlowId = "$.ClusterId")]
    public static Cluster Prod => Base.Named("clickstream-prod")
        .Subnet(Accounts.PrivateSubnetB)
        .Core(InstanceTypes.M6g.X2Large, count: 4)
        .Task(InstanceTypes.M6g.X4Large, count: 8, g => g.Spot(BidPrice.OnDemandPrice))
        .SparkDefaults(s => s.ShufflePartitions(800))
        .Tag("Environment", "prod");
}
