using EmrDsl;

namespace Acme.DataPlatform.RuleShowcase;

/// <summary>
/// Scaling that does not do what it says. Each line is annotated with the rule it trips (EMR020-EMR028); the typed
/// ScaleOut/ScaleIn calls refuse the first mistake outright, so these policies are written with Rule(...) as a
/// copied walkthrough or an imported request would be.
/// </summary>
public static partial class FlawedScaling
{
    private static Cluster Base => Cluster.Create("flawed-scaling-base")
        .Release(EmrRelease.Emr_7_2_0)
        .LogUri("s3://acme-emr-logs/")
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Subnet("subnet-0123456789abcdef0")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, count: 2)
        .TerminateAfterSteps();

    /// <summary>The walkthrough policy people copy: "Add nodes when memory is high".</summary>
    [EmrCluster]
    public static Cluster Walkthrough => Base.Named("flawed-walkthrough")
        .Task(InstanceTypes.M6g.X2Large, count: 2, g => g.AutoScaling(2, 10, p => p // EMR025: the cluster names no AutoScalingRole
            .Rule("ScaleOutMemory", r => r                                  // EMR021: nothing ever scales in
                .Description("Add nodes when memory is high")
                .Adjust(2, coolDownSeconds: 300)
                .When("MemoryAvailableMB", ComparisonOperator.GreaterThan, 2000)))); // EMR020: scales out when memory is plentiful

    /// <summary>Rules that fight, a group outside its limits, and managed scaling on top.</summary>
    [EmrCluster]
    public static Cluster Tangled => Base.Named("flawed-tangled")
        .Applications(EmrApplication.Spark, EmrApplication.Trino)
        .Roles(autoScaling: "EMR_AutoScaling_DefaultRole")
        .Task(InstanceTypes.M6g.X2Large, count: 12, g => g.Spot()          // EMR022: 12 instances, outside 2 to 10
            .AutoScaling(2, 10, p => p                                      // EMR027: custom policy under managed scaling
                .ScaleOut("yarn-memory-low", 1, ScalingMetric.YarnMemoryAvailablePercentage.Below(50))
                .ScaleIn("yarn-memory-high", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(30), coolDownSeconds: 60))) // EMR023: both fire between 30 and 50; cool-down under 300 s
        .ManagedScaling(2, 20);                                             // EMR026: Trino does not run on YARN; EMR028: no On-Demand limit, so the Spot tasks never grow

    /// <summary>A policy on the primary group, which EMR never scales.</summary>
    [EmrCluster]
    public static Cluster ScaledPrimary => Base.Named("flawed-scaled-primary")
        .Roles(autoScaling: "EMR_AutoScaling_DefaultRole")
        .Master(InstanceTypes.M6g.XLarge, 1, g => g.AutoScaling(1, 3, p => p // EMR024: the MASTER group cannot scale
            .ScaleOut("pending", 1, ScalingMetric.ContainerPendingRatio.Above(0.75))
            .ScaleIn("idle", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75))));
}
