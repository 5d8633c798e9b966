using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules.Support;

/// <summary>The request's instance groups and fleets with their paths, and facts derived from them.</summary>
internal static class ClusterNodes
{
    public const string GroupsPath = "Instances.InstanceGroups";
    public const string FleetsPath = "Instances.InstanceFleets";

    /// <summary>" 'name'" for a named group or fleet, nothing for an unnamed one, so messages read well either way.</summary>
    public static string NameSuffix(string? name) => string.IsNullOrEmpty(name) ? string.Empty : " '" + name + "'";

    public static IEnumerable<Located<InstanceGroupSpec>> Groups(ClusterSpec spec)
    {
        var groups = spec.Instances?.InstanceGroups ?? default;
        for (var i = 0; i < groups.Count; i++)
        {
            yield return Located<InstanceGroupSpec>.Item(groups[i], GroupsPath, i);
        }
    }

    public static IEnumerable<Located<InstanceFleetSpec>> Fleets(ClusterSpec spec)
    {
        var fleets = spec.Instances?.InstanceFleets ?? default;
        for (var i = 0; i < fleets.Count; i++)
        {
            yield return Located<InstanceFleetSpec>.Item(fleets[i], FleetsPath, i);
        }
    }

    /// <summary>The instance groups of <paramref name="role"/> bought on the Spot market.</summary>
    public static IEnumerable<Located<InstanceGroupSpec>> SpotGroups(ClusterSpec spec, InstanceRole role)
    {
        foreach (var group in Groups(spec))
        {
            if (group.Value.InstanceRole == role && group.Value.Market == Market.Spot)
            {
                yield return group;
            }
        }
    }

    /// <summary>The instance fleets of <paramref name="type"/> that ask for Spot capacity.</summary>
    public static IEnumerable<Located<InstanceFleetSpec>> SpotFleets(ClusterSpec spec, InstanceFleetType type)
    {
        foreach (var fleet in Fleets(spec))
        {
            if (fleet.Value.InstanceFleetType == type && fleet.Value.TargetSpotCapacity > 0)
            {
                yield return fleet;
            }
        }
    }

    /// <summary>Every instance type the request names, with the path of the member that names it.</summary>
    public static IEnumerable<Located<string>> InstanceTypes(ClusterSpec spec)
    {
        var instances = spec.Instances;
        if (instances?.MasterInstanceType is { } master)
        {
            yield return new(master, "Instances.MasterInstanceType");
        }

        if (instances?.SlaveInstanceType is { } slave)
        {
            yield return new(slave, "Instances.SlaveInstanceType");
        }

        foreach (var group in Groups(spec))
        {
            if (group.Value.InstanceType is { } type)
            {
                yield return group.Child(type, "InstanceType");
            }
        }

        foreach (var fleet in Fleets(spec))
        {
            var configs = fleet.Value.InstanceTypeConfigs;
            for (var i = 0; i < configs.Count; i++)
            {
                if (configs[i].InstanceType is { } type)
                {
                    yield return Located<string>.Member(type, WirePath.Index(WirePath.Member(fleet.Path, "InstanceTypeConfigs"), i), "InstanceType");
                }
            }
        }
    }

    /// <summary>Whether the cluster waits for more work after its steps (the API's default is to terminate).</summary>
    public static bool IsKeptAlive(ClusterSpec spec) => spec.Instances?.KeepJobFlowAliveWhenNoSteps == true;

    public static string Describe(InstanceRole? role) => role is { } r ? ApiEnum<InstanceRole>.ToApi(r) : "(no role)";

    public static string Describe(InstanceFleetType? type) => type is { } t ? ApiEnum<InstanceFleetType>.ToApi(t) : "(no type)";
}
