using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>EMR012: managed scaling limits that contradict each other or the cluster's instance form.</summary>
public sealed class ManagedScalingLimitsRule : ClusterRule
{
    private const string LimitsPath = "ManagedScalingPolicy.ComputeLimits";

    public ManagedScalingLimitsRule()
        : base(RuleIds.ManagedScalingLimits, "Managed scaling limits inconsistent", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (spec.ManagedScalingPolicy?.ComputeLimits is not { } limits)
        {
            yield break;
        }

        foreach (var finding in Limits(limits, LimitsPath))
        {
            yield return finding;
        }

        var instances = spec.Instances;
        var usesFleets = instances is not null && !instances.InstanceFleets.IsEmpty;
        var usesGroups = instances is not null && !instances.InstanceGroups.IsEmpty;
        if (limits.UnitType == ComputeLimitsUnitType.InstanceFleetUnits && usesGroups)
        {
            yield return Report(
                LimitsPath + ".UnitType",
                "UnitType is InstanceFleetUnits but the cluster uses instance groups. Use Instances or VCPU with instance groups.");
        }
        else if (limits.UnitType is ComputeLimitsUnitType.Instances or ComputeLimitsUnitType.Vcpu && usesFleets)
        {
            yield return Report(
                LimitsPath + ".UnitType",
                "UnitType is " + (limits.UnitType == ComputeLimitsUnitType.Vcpu ? "VCPU" : "Instances") + " but the cluster uses instance fleets, whose capacity is counted in units. Use InstanceFleetUnits with instance fleets.");
        }
    }

    /// <summary>The limits of a PutManagedScalingPolicy request, which checks all but the instance form (the request does not say it).</summary>
    public override IEnumerable<Finding> CheckManagedScaling(ManagedScalingSpec policy, string policyPath, RuleContext context) =>
        policy.ComputeLimits is { } limits ? Limits(limits, WirePath.Member(policyPath, "ComputeLimits")) : Enumerable.Empty<Finding>();

    /// <summary>Limits that contradict each other, whatever the cluster.</summary>
    private IEnumerable<Finding> Limits(ComputeLimitsSpec limits, string limitsPath)
    {
        var minimum = limits.MinimumCapacityUnits;
        var maximum = limits.MaximumCapacityUnits;
        if (minimum > maximum)
        {
            yield return Report(
                WirePath.Member(limitsPath, "MinimumCapacityUnits"),
                Format("MinimumCapacityUnits ({0}) is above MaximumCapacityUnits ({1}); managed scaling cannot satisfy both. Lower the minimum or raise the maximum.", minimum, maximum));
        }

        foreach (var (name, value) in new[] { ("MaximumOnDemandCapacityUnits", limits.MaximumOnDemandCapacityUnits), ("MaximumCoreCapacityUnits", limits.MaximumCoreCapacityUnits) })
        {
            if (value > maximum)
            {
                yield return Report(
                    WirePath.Member(limitsPath, name),
                    Format("{0} ({1}) is above MaximumCapacityUnits ({2}); the cluster can never reach it. Set {0} to at most {2}.", name, value, maximum));
            }
        }
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
