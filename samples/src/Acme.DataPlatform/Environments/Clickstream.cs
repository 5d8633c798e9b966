using EmrDsl;

namespace Acme.DataPlatform.Environments;

/// <summary>
/// One pipeline, two environments: the shared base says what the job is, Clickstream.Dev.cs and
/// Clickstream.Prod.cs say only what differs. The base itself is not marked, so it produces no artifacts.
/// </summary>
public static partial class Clickstream
{
    private static Cluster Base => Cluster.Create("clickstream")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark)
        .LogUri(Accounts.LogUri)
        .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, count: 2)
        .Step(Step.SparkSubmit("Aggregate clicks", $"{Accounts.JobsBucket}/clickstream/aggregate.py")
            .DeployMode(DeployMode.Cluster)
            .OnFailure(ActionOnFailure.TerminateCluster))
        .TerminateAfterSteps()
        .Tag("Pipeline", "clickstream");
}
