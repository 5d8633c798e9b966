using System;
using System.Linq;
using EmrDsl.Catalog;
using EmrDsl.Model;

namespace EmrDsl.Rules.Support;

/// <summary>
/// Estimates the vCPUs the cluster offers executors (core and task nodes) from the instance catalog. Null when
/// any worker's instance type is unknown, so rules stay quiet instead of guessing.
/// </summary>
internal static class ClusterCores
{
    public static int? EstimateWorkerVCpus(ClusterSpec spec)
    {
        var instances = spec.Instances;
        if (instances is null)
        {
            return null;
        }

        if (!instances.InstanceGroups.IsEmpty)
        {
            var total = 0;
            foreach (var group in instances.InstanceGroups.Where(g => g.InstanceRole is InstanceRole.Core or InstanceRole.Task))
            {
                if (InstanceTypeCatalog.Find(group.InstanceType) is not { } type)
                {
                    return null;
                }

                total += type.VCpus * Math.Max(0, group.InstanceCount ?? 0);
            }

            return total;
        }

        if (!instances.InstanceFleets.IsEmpty)
        {
            var total = 0;
            foreach (var fleet in instances.InstanceFleets.Where(f => f.InstanceFleetType is InstanceFleetType.Core or InstanceFleetType.Task))
            {
                // Capacity is in weighted units; the least vCPUs per unit is what the fleet is sure to deliver.
                double? perUnit = null;
                foreach (var config in fleet.InstanceTypeConfigs)
                {
                    if (InstanceTypeCatalog.Find(config.InstanceType) is not { } type)
                    {
                        return null;
                    }

                    var ratio = (double)type.VCpus / Math.Max(1, config.WeightedCapacity ?? 1);
                    perUnit = perUnit is null ? ratio : Math.Min(perUnit.Value, ratio);
                }

                var units = (fleet.TargetOnDemandCapacity ?? 0) + (fleet.TargetSpotCapacity ?? 0);
                total += (int)Math.Floor((perUnit ?? 0) * units);
            }

            return total;
        }

        if (InstanceTypeCatalog.Find(instances.SlaveInstanceType) is { } slave && instances.InstanceCount is { } count)
        {
            return slave.VCpus * Math.Max(0, count - 1);
        }

        return null;
    }
}
