using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// A long-running cluster that enriches the clickstream all day. Terraform creates it; the jobs arrive later as steps
/// (<see cref="StreamingEnrichmentJobs"/>), which the provider would otherwise see as drift and answer by replacing the
/// cluster. Because it is kept alive, its Terraform ignores <c>step</c>
/// (streaming-enrichment.tf.json: <c>lifecycle.ignore_changes = ["step"]</c>) and outputs its id for the DAG.
/// </summary>
public static partial class StreamingEnrichment
{
    [EmrCluster]
    public static Cluster Cluster => EmrDsl.Cluster.Create("streaming-enrichment")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark)
        .LogUri(Accounts.LogUri)
        .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
        .Subnet(Accounts.PrivateSubnetA)
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.R6g.X2Large, count: 4)
        .StepConcurrency(4)
        .KeepAlive()
        .AutoTerminateAfterIdle(TimeSpan.FromHours(2))
        .Tag("Owner", "streaming");
}

/// <summary>
/// The jobs the streaming DAG submits to <see cref="StreamingEnrichment"/> each morning; the DAG reads the cluster id
/// from the Terraform output streaming_enrichment_cluster_id and passes it through XCom.
/// </summary>
public static partial class StreamingEnrichmentJobs
{
    [EmrSteps(FileName = "streaming-enrichment-jobs")]
    public static JobFlowSteps Jobs => JobFlowSteps.For("{{ ti.xcom_pull(task_ids='read_cluster_id') }}")
        .Step(Step.SparkSubmit("enrich-clicks", Accounts.JobsBucket + "/streaming/enrich_clicks.py")
            .DeployMode(DeployMode.Cluster)
            .Args("--checkpoint", Accounts.LakeBucket + "/checkpoints/enrich-clicks/")
            .OnFailure(ActionOnFailure.Continue))
        .Step(Step.SparkSubmit("enrich-orders", Accounts.JobsBucket + "/streaming/enrich_orders.py")
            .DeployMode(DeployMode.Cluster)
            .Args("--checkpoint", Accounts.LakeBucket + "/checkpoints/enrich-orders/")
            .OnFailure(ActionOnFailure.Continue));
}
