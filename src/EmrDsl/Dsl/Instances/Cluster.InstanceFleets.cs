using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Capacity as instance fleets (<c>Instances.InstanceFleets</c>): one fleet per node type. Writing a fleet
/// again refines it, so a derived definition changes only what it names. A cluster uses either groups or
/// fleets; mixing them is reported by <c>Validate()</c>, not thrown here.
/// </summary>
public sealed partial class Cluster
{
    public Cluster MasterFleet(Func<InstanceFleet, InstanceFleet> configure) => PutFleet(InstanceFleetType.Master, "Master", configure);

    public Cluster CoreFleet(Func<InstanceFleet, InstanceFleet> configure) => PutFleet(InstanceFleetType.Core, "Core", configure);

    public Cluster TaskFleet(Func<InstanceFleet, InstanceFleet> configure) => PutFleet(InstanceFleetType.Task, "Task", configure);

    private Cluster PutFleet(InstanceFleetType type, string defaultName, Func<InstanceFleet, InstanceFleet> configure)
    {
        Require.NotNull(configure, nameof(configure), "The fleet lambda");
        var fleets = Spec.Instances?.InstanceFleets ?? default;
        var index = fleets.FindIndex(f => f.InstanceFleetType == type);
        var current = index < 0 ? new InstanceFleetSpec { Name = defaultName, InstanceFleetType = type } : fleets[index];
        var fleet = configure(new InstanceFleet(current)).Spec with { InstanceFleetType = type };
        return WithInstances(i => i with { InstanceFleets = index < 0 ? i.InstanceFleets.Add(fleet) : i.InstanceFleets.SetItem(index, fleet) });
    }
}
