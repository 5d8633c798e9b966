using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>
/// EMR028: managed scaling limits that leave no room for Spot in a cluster that has Spot capacity: managed scaling adds
/// On-Demand capacity up to <c>MaximumOnDemandCapacityUnits</c> (by default <c>MaximumCapacityUnits</c>) and only the
/// rest as Spot, so with the On-Demand limit at the maximum it never grows the Spot groups or fleets.
/// </summary>
public sealed class ManagedScalingWithoutSpotRule : ClusterRule
{
    private const string LimitsPath = "ManagedScalingPolicy.ComputeLimits";

    public ManagedScalingWithoutSpotRule()
        : base(RuleIds.ManagedScalingWithoutSpot, "Managed scaling limits leave no room for Spot", FindingSeverity.Warning, RuleCategory.Cost)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (spec.ManagedScalingPolicy?.ComputeLimits is not { MaximumCapacityUnits: { } maximum } limits || !HasSpotWorkers(spec))
        {
            yield break;
        }

        var onDemand = limits.MaximumOnDemandCapacityUnits;
        if (onDemand is null)
        {
            yield return Report(
                LimitsPath,
                string.Format(CultureInfo.InvariantCulture, "The cluster has Spot core or task capacity, but its managed scaling limits set no MaximumOnDemandCapacityUnits, which then equals MaximumCapacityUnits ({0}): managed scaling adds On-Demand capacity up to the maximum and never grows the Spot capacity. Set MaximumOnDemandCapacityUnits below {0} (the rest is added as Spot).", maximum));
        }
        else if (onDemand == maximum)
        {
            yield return Report(
                LimitsPath + ".MaximumOnDemandCapacityUnits",
                string.Format(CultureInfo.InvariantCulture, "The cluster has Spot core or task capacity, but MaximumOnDemandCapacityUnits equals MaximumCapacityUnits ({0}): managed scaling adds On-Demand capacity up to the maximum and never grows the Spot capacity. Set MaximumOnDemandCapacityUnits below {0} (the rest is added as Spot).", maximum));
        }
    }

    private static bool HasSpotWorkers(ClusterSpec spec) =>
        ClusterNodes.SpotGroups(spec, InstanceRole.Core).Concat(ClusterNodes.SpotGroups(spec, InstanceRole.Task)).Any()
        || ClusterNodes.SpotFleets(spec, InstanceFleetType.Core).Concat(ClusterNodes.SpotFleets(spec, InstanceFleetType.Task)).Any();
}
