using EmrDsl;

namespace Acme.DataPlatform.RuleShowcase;

/// <summary>
/// What EmrDsl catches while you type. Each line is annotated with the rule it trips; build this project to
/// see every diagnostic reported at the call that causes it (docs/rules/EMRxxx.md in the EmrDsl repository).
/// </summary>
public static partial class FlawedClusters
{
    /// <summary>A cluster with a mistake on nearly every line.</summary>
    [EmrCluster]
    public static Cluster Everything => Cluster.Create("flawed-everything")
        .Release("emr-5.20.0")                                              // EMR009: m6g needs emr-5.31+ (5.20.0 has no lifecycle dates to judge)
        .Applications(EmrApplication.Spark)                                 // EMR002: no .LogUri(...) anywhere; EMR015: no subnet
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Master(InstanceTypes.M6g.XLarge, count: 2, g => g.Spot())          // EMR006: Spot master
        .Core(InstanceTypes.M6g.X2Large, count: 4, g => g.Spot())           // EMR001: Spot core nodes lose HDFS data on reclaim
        .TaskFleet(f => f.SpotCapacity(8).InstanceType(InstanceTypes.M6g.X2Large)) // EMR010: groups and fleets mixed; EMR013: no provisioning timeout
        .SparkDefaults(s => s.AdaptiveExecution(false).ShufflePartitions(8)) // EMR005: AQE off, shuffle partitions far below the cores
        .ManagedScaling(2, 10, ComputeLimitsUnitType.Instances, maxCore: 20) // EMR012: core maximum above the overall maximum
        .KeepAlive()
        .Step(Step.CommandRunner("export", "aws", "s3", "cp", "--access-key", "AKIAIOSFODNN7EXAMPLE", "s3://raw/", "s3://curated/") // EMR011: hard-coded access key id
            .OnFailure(ActionOnFailure.TerminateCluster));                  // EMR008: TERMINATE_CLUSTER on a kept-alive cluster

    /// <summary>A well-formed transient cluster the two definitions below start from.</summary>
    private static Cluster Transient => Cluster.Create("flawed-base")
        .Release(EmrRelease.Emr_7_2_0)
        .LogUri("s3://acme-emr-logs/")
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Subnet("subnet-0123456789abcdef0")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, count: 2)
        .TerminateAfterSteps();

    /// <summary>A security configuration that encrypts S3 only; the cluster has no Kerberos either.</summary>
    [EmrCluster]
    public static Cluster HalfEncrypted => Transient.Named("flawed-half-encrypted")
        .SecurityConfiguration(SecurityConfiguration.Create("s3-only")     // EMR003: no local-disk or in-transit encryption; EMR014: no Kerberos
            .EncryptS3AtRest(S3Encryption.SseS3()));

    /// <summary>A cluster left running with nothing to do and no idle timeout.</summary>
    [EmrCluster]
    public static Cluster Idle => Transient.Named("flawed-idle")
        .SecurityConfiguration("team-encrypted")
        .KeepAlive();                                                       // EMR007: kept alive with no steps and no auto-termination

    /// <summary>No security configuration at all.</summary>
    [EmrCluster]
    public static Cluster Unsecured => Transient.Named("flawed-unsecured"); // EMR004: no security configuration
}
