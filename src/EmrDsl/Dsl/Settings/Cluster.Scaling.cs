using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Cluster-wide scaling and placement: managed scaling, scale-down behavior, placement groups, root volumes.</summary>
public sealed partial class Cluster
{
    /// <summary>
    /// EMR managed scaling between <paramref name="min"/> and <paramref name="max"/> capacity units
    /// (<c>ManagedScalingPolicy.ComputeLimits</c>).
    /// </summary>
    public Cluster ManagedScaling(int min, int max, ComputeLimitsUnitType unit = ComputeLimitsUnitType.Instances, int? maxOnDemand = null, int? maxCore = null)
    {
        var limits = ComputeLimitsBuilder.Build(min, max, unit, maxOnDemand, maxCore);
        return With(s => s with { ManagedScalingPolicy = (s.ManagedScalingPolicy ?? new ManagedScalingSpec()) with { ComputeLimits = limits } });
    }

    /// <summary>How instances leave on scale-in or resize (<c>ScaleDownBehavior</c>).</summary>
    public Cluster ScaleDown(ScaleDownBehavior behavior) => With(s => s with { ScaleDownBehavior = behavior });

    /// <summary>Places the nodes of one role in an EC2 placement group (<c>PlacementGroupConfigs</c>); a role written again is replaced.</summary>
    public Cluster PlacementGroup(InstanceRole role, PlacementGroupStrategy strategy = PlacementGroupStrategy.Spread) =>
        With(s => s with
        {
            PlacementGroupConfigs = Upsert(s.PlacementGroupConfigs, new PlacementGroupSpec { InstanceRole = role, PlacementStrategy = strategy }, p => p.InstanceRole == role),
        });

    /// <summary>
    /// The EBS root volume of every node: size in GiB and, for gp3 (EMR 6.15.0 and later), IOPS and throughput (MiB/s).
    /// Each is optional (EMR sizes the volume itself when no size is given), but at least one is required.
    /// </summary>
    public Cluster EbsRootVolume(int? sizeGiB = null, int? iops = null, int? throughput = null)
    {
        if (sizeGiB is null && iops is null && throughput is null)
        {
            throw new ArgumentException("Give the root volume a size, IOPS or throughput: EbsRootVolume(64), EbsRootVolume(throughput: 250).", nameof(sizeGiB));
        }

        return With(s => s with
        {
            EbsRootVolumeSize = Require.Positive(sizeGiB, nameof(sizeGiB), "The root volume size"),
            EbsRootVolumeIops = Require.Positive(iops, nameof(iops), "The root volume IOPS"),
            EbsRootVolumeThroughput = Require.Positive(throughput, nameof(throughput), "The root volume throughput"),
        });
    }
}
