using EmrDsl;

namespace Acme.DataPlatform.Environments;

public static partial class Clickstream
{
    /// <summary>Production, with a Step Functions placeholder for the cluster id in its AddJobFlowSteps request.</summary>
    [EmrCluster(JobFlowId = "$.ClusterId")]
    public static Cluster Prod => For(EnvironmentSettings.Prod);
}
