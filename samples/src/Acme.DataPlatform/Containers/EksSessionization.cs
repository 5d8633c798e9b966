using EmrDsl;
using EmrDsl.Containers;

namespace Acme.DataPlatform.Containers;

/// <summary>
/// The clickstream sessionization job on the platform team's EKS cluster (EMR on EKS): the build writes
/// clickstream-sessionization.emr-containers.startjobrun.json beside the cluster and Serverless artifacts, for
/// <c>aws emr-containers start-job-run --cli-input-json</c> or Airflow's EmrContainerOperator. The driver runs on
/// On-Demand nodes and the executors on Spot (a lost executor is retried, a lost driver fails the run), with the
/// executors' tolerations in a pod template.
/// </summary>
public static partial class EksSessionization
{
    /// <summary>The virtual cluster (the <c>analytics</c> namespace) CreateVirtualCluster returned, recorded once it exists.</summary>
    public const string VirtualClusterId = "0ynz1ikogr9fbj6s2y3xfcyvf";

    private const string JobRole = "arn:aws:iam::123456789012:role/emr-on-eks-sessionization";

    [EmrOnEks]
    public static EksJobRun Daily => EksJobRun.Create(VirtualClusterId, JobRole, "emr-7.2.0-latest")
        .Named("clickstream-sessionization")
        .SparkSubmit(SparkJob.For($"{Accounts.JobsBucket}/clickstream/sessionize.py")
            .Args("--date", "{{ ds }}", "--output", $"{Accounts.LakeBucket}/clickstream/sessions/")
            .Executors(count: 8, cores: 4, memory: Memory.Gigabytes(12))
            .Conf("spark.kubernetes.executor.limit.cores", "4"))
        .ConfigurationOverrides(Classifications.SparkDefaults(s => s
            .AdaptiveExecution()
            .PodTemplates(executor: $"{Accounts.JobsBucket}/pod-templates/spot-executor.yaml")
            .NodeSelector("eks.amazonaws.com/capacityType", "ON_DEMAND", SparkPods.Driver)
            .NodeSelector("eks.amazonaws.com/capacityType", "SPOT", SparkPods.Executors)))
        .Monitoring(s3LogUri: $"{Accounts.LogUri}emr-on-eks/", cloudWatchLogGroup: "/emr-on-eks/clickstream", persistentAppUI: true)
        .ContainerLogRotation("1GB", maxFilesToKeep: 5)
        .Retry(maxAttempts: 2)
        .Tag("Pipeline", "clickstream");
}
