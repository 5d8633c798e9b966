using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// The <c>lifecycle { ignore_changes = [...] }</c> of each resource: what the definition decides (<see cref="Decided"/>),
/// plus <see cref="TerraformOptions.IgnoreChanges"/>, minus <see cref="TerraformOptions.TrackChanges"/>.
/// </summary>
internal static class TerraformLifecycle
{
    /// <summary>
    /// Steps for a kept-alive cluster (it waits for steps submitted after it starts), Kerberos attributes whenever they
    /// are set (the provider cannot read the passwords back), and capacity whenever managed scaling or an automatic
    /// scaling policy moves it.
    /// </summary>
    public static TerraformDrift Decided(ClusterSpec spec)
    {
        var drift = TerraformDrift.None;
        if (spec.Instances?.KeepJobFlowAliveWhenNoSteps == true)
        {
            drift |= TerraformDrift.Steps;
        }

        if (spec.KerberosAttributes is not null)
        {
            drift |= TerraformDrift.KerberosAttributes;
        }

        if (spec.ManagedScalingPolicy is not null || HasAutoScalingPolicy(spec.Instances))
        {
            drift |= TerraformDrift.ScaledCapacity;
        }

        return drift;
    }

    public static TerraformDrift Effective(ClusterSpec spec, TerraformOptions options) =>
        (Decided(spec) | options.IgnoreChanges) & ~options.TrackChanges;

    /// <summary>The cluster's own entries: <c>step</c>, <c>kerberos_attributes</c> and the core group's or fleet's scaled capacity.</summary>
    public static List<string> ClusterEntries(ClusterSpec spec, TerraformDrift drift)
    {
        var entries = new List<string>();
        if ((drift & TerraformDrift.KerberosAttributes) != 0 && spec.KerberosAttributes is not null)
        {
            entries.Add("kerberos_attributes");
        }

        if ((drift & TerraformDrift.Steps) != 0)
        {
            entries.Add("step");
        }

        if ((drift & TerraformDrift.ScaledCapacity) != 0 && spec.Instances is { } instances)
        {
            if (!instances.InstanceFleets.IsEmpty)
            {
                if (spec.ManagedScalingPolicy is not null && HasFleet(instances, InstanceFleetType.Core))
                {
                    entries.AddRange(FleetCapacity("core_instance_fleet[0]."));
                }
            }
            else if (HasCoreGroup(instances) && (spec.ManagedScalingPolicy is not null || CoreGroup(instances)?.AutoScalingPolicy is not null))
            {
                entries.Add("core_instance_group[0].instance_count");
            }
        }

        return entries;
    }

    /// <summary>A task group's entry: its <c>instance_count</c> when something scales it.</summary>
    public static List<string> TaskGroupEntries(ClusterSpec spec, InstanceGroupSpec group, TerraformDrift drift) =>
        (drift & TerraformDrift.ScaledCapacity) != 0 && (spec.ManagedScalingPolicy is not null || group.AutoScalingPolicy is not null)
            ? new List<string> { "instance_count" }
            : new List<string>();

    /// <summary>The task fleet's entries: its target capacities under managed scaling (fleets have no automatic scaling).</summary>
    public static List<string> TaskFleetEntries(ClusterSpec spec, TerraformDrift drift) =>
        (drift & TerraformDrift.ScaledCapacity) != 0 && spec.ManagedScalingPolicy is not null
            ? new List<string>(FleetCapacity(string.Empty))
            : new List<string>();

    /// <summary>Adds <c>lifecycle</c> to <paramref name="body"/> when there is something to ignore.</summary>
    public static TerraformBody Apply(TerraformBody body, List<string> entries)
    {
        if (entries.Count == 0)
        {
            return body;
        }

        var names = new List<JsonValue>();
        foreach (var entry in entries)
        {
            names.Add(new JsonString(entry));
        }

        return body.Attribute("lifecycle", new JsonObject().Add("ignore_changes", new JsonArray(names)));
    }

    private static IEnumerable<string> FleetCapacity(string prefix) => new[] { prefix + "target_on_demand_capacity", prefix + "target_spot_capacity" };

    private static bool HasAutoScalingPolicy(InstancesSpec? instances)
    {
        foreach (var group in instances?.InstanceGroups ?? EquatableArray<InstanceGroupSpec>.Empty)
        {
            if (group.AutoScalingPolicy is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFleet(InstancesSpec instances, InstanceFleetType type)
    {
        foreach (var fleet in instances.InstanceFleets)
        {
            if (fleet.InstanceFleetType == type)
            {
                return true;
            }
        }

        return false;
    }

    private static InstanceGroupSpec? CoreGroup(InstancesSpec instances)
    {
        foreach (var group in instances.InstanceGroups)
        {
            if (group.InstanceRole == InstanceRole.Core)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>A CORE group, or the MasterInstanceType form with more than the master (its other instances are the core group).</summary>
    private static bool HasCoreGroup(InstancesSpec instances) =>
        CoreGroup(instances) is not null || (instances.MasterInstanceType is not null && instances.InstanceCount > 1);
}
