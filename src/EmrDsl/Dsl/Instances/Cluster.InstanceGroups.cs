using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Capacity as uniform instance groups (<c>Instances.InstanceGroups</c>). A cluster has one master and one core
/// group, each replaced when written again, and any number of named task groups.
/// </summary>
public sealed partial class Cluster
{
    /// <summary>The master group, e.g. <c>.Master(InstanceTypes.M6g.XLarge, configure: g => g.OnDemand())</c>; replaces an earlier one.</summary>
    public Cluster Master(string instanceType, int count = 1, Func<InstanceGroup, InstanceGroup>? configure = null) =>
        PutGroup(NewGroup(InstanceRole.Master, "Master", instanceType, count, configure));

    /// <summary>Refines the existing master group, e.g. a production override <c>.Master(g => g.InstanceType(InstanceTypes.M6g.X2Large))</c>.</summary>
    public Cluster Master(Func<InstanceGroup, InstanceGroup> refine) => RefineGroup(InstanceRole.Master, refine);

    /// <summary>The core group (HDFS and YARN); replaces an earlier one.</summary>
    public Cluster Core(string instanceType, int count, Func<InstanceGroup, InstanceGroup>? configure = null) =>
        PutGroup(NewGroup(InstanceRole.Core, "Core", instanceType, count, configure));

    /// <summary>Refines the existing core group, e.g. <c>.Core(g => g.Count(10))</c>.</summary>
    public Cluster Core(Func<InstanceGroup, InstanceGroup> refine) => RefineGroup(InstanceRole.Core, refine);

    /// <summary>
    /// Adds a task group. Unnamed groups are called <c>Task</c>, <c>Task-2</c>, ...; a group named like an
    /// existing task group (<c>g => g.Named("spot-burst")</c>) replaces it.
    /// </summary>
    public Cluster Task(string instanceType, int count, Func<InstanceGroup, InstanceGroup>? configure = null)
    {
        var taskCount = 0;
        foreach (var group in Spec.Instances?.InstanceGroups ?? default)
        {
            taskCount += group.InstanceRole == InstanceRole.Task ? 1 : 0;
        }

        var defaultName = taskCount == 0 ? "Task" : "Task-" + (taskCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var added = NewGroup(InstanceRole.Task, defaultName, instanceType, count, configure);
        return WithInstances(i => i with
        {
            InstanceGroups = Upsert(i.InstanceGroups, added, g => g.InstanceRole == InstanceRole.Task && g.Name == added.Name),
        });
    }

    /// <summary>Removes the task group of that name; a derived definition uses it to drop a group of its base.</summary>
    public Cluster WithoutTask(string name)
    {
        Require.Name(name, nameof(name));
        return WithInstances(i =>
        {
            var index = i.InstanceGroups.FindIndex(g => g.InstanceRole == InstanceRole.Task && g.Name == name);
            return index < 0
                ? throw new ArgumentException($"There is no task group named '{name}' to remove; name task groups with g => g.Named(\"...\").", nameof(name))
                : i with { InstanceGroups = i.InstanceGroups.RemoveAt(index) };
        });
    }

    private static InstanceGroupSpec NewGroup(InstanceRole role, string defaultName, string instanceType, int count, Func<InstanceGroup, InstanceGroup>? configure)
    {
        var group = new InstanceGroup(new InstanceGroupSpec
        {
            Name = defaultName,
            InstanceRole = role,
            InstanceType = Require.NonEmpty(instanceType, nameof(instanceType), "An instance type"),
            InstanceCount = Require.NonNegative(count, nameof(count), "The instance count"),
        });
        return (configure is null ? group : configure(group)).Spec with { InstanceRole = role };
    }

    private Cluster PutGroup(InstanceGroupSpec group) =>
        WithInstances(i => i with { InstanceGroups = Upsert(i.InstanceGroups, group, g => g.InstanceRole == group.InstanceRole) });

    private Cluster RefineGroup(InstanceRole role, Func<InstanceGroup, InstanceGroup> refine)
    {
        Require.NotNull(refine, nameof(refine), "The refinement lambda");
        var groups = Spec.Instances?.InstanceGroups ?? default;
        var index = groups.FindIndex(g => g.InstanceRole == role);
        if (index < 0)
        {
            throw new InvalidOperationException($"There is no {role} group to refine yet: add it first with .{role}(instanceType, count).");
        }

        var refined = refine(new InstanceGroup(groups[index])).Spec with { InstanceRole = role };
        return WithInstances(i => i with { InstanceGroups = i.InstanceGroups.SetItem(index, refined) });
    }
}
