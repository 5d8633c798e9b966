using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>A transient cluster: starts at night, runs its steps in order, terminates when they finish.</summary>
public static partial class NightlyEtl
{
    [EmrCluster]
    public static Cluster Cluster => EmrDsl.Cluster.Create("nightly-etl")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark, EmrApplication.Hive)
        .LogUri(Accounts.LogUri)
        .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
        .Subnet(Accounts.PrivateSubnetA)
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, count: 2)
        .Task(InstanceTypes.M6g.X2Large, count: 6, g => g.Spot(BidPrice.OnDemandPrice))
        .SparkDefaults(s => s.AdaptiveExecution().ShufflePartitions(400))
        .Steps(
            Step.S3DistCp("Copy raw events", "s3://acme-landing/events/", "hdfs:///raw/events/")
                .OnFailure(ActionOnFailure.TerminateCluster),
            Step.SparkSubmit("Sessionize events", $"{Accounts.JobsBucket}/etl/sessionize.py")
                .DeployMode(DeployMode.Cluster)
                .Args("--input", "hdfs:///raw/events/", "--output", $"{Accounts.LakeBucket}/curated/sessions/")
                .OnFailure(ActionOnFailure.TerminateCluster),
            Step.Hive("Refresh partitions", $"{Accounts.JobsBucket}/etl/repair_sessions.q")
                .OnFailure(ActionOnFailure.TerminateCluster))
        .TerminateAfterSteps()
        .Tag("Owner", "data-eng")
        .Tag("Pipeline", "nightly-etl");
}
