using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Removes the settings a definition chose to leave out of its Terraform (<see cref="TerraformOptions.LeaveOut"/>) and
/// names each one removed by its request path, so the document and the generator can say what the Terraform lacks.
/// </summary>
internal static class TerraformLeftOut
{
    public static ClusterSpec Strip(ClusterSpec spec, TerraformOmissions leaveOut, List<string> removed)
    {
        if (Has(leaveOut, TerraformOmissions.LogMonitoring) && spec.MonitoringConfiguration is not null)
        {
            removed.Add("MonitoringConfiguration");
            spec = spec with { MonitoringConfiguration = null };
        }

        if (Has(leaveOut, TerraformOmissions.StepExecutionRole) && spec.StepExecutionRoleArn is not null)
        {
            removed.Add("StepExecutionRoleArn");
            spec = spec with { StepExecutionRoleArn = null };
        }

        if (Has(leaveOut, TerraformOmissions.RootVolumePerformance))
        {
            if (spec.EbsRootVolumeIops is not null)
            {
                removed.Add("EbsRootVolumeIops");
            }

            if (spec.EbsRootVolumeThroughput is not null)
            {
                removed.Add("EbsRootVolumeThroughput");
            }

            spec = spec with { EbsRootVolumeIops = null, EbsRootVolumeThroughput = null };
        }

        if (Has(leaveOut, TerraformOmissions.StepMonitoring))
        {
            spec = spec with { Steps = StripSteps(spec.Steps, removed) };
        }

        if (spec.Instances is { InstanceFleets.IsEmpty: false } instances)
        {
            spec = spec with { Instances = instances with { InstanceFleets = StripFleets(instances.InstanceFleets, leaveOut, removed) } };
        }

        return spec;
    }

    /// <summary>The <c>"//"</c> comment of the cluster resource: Terraform's JSON syntax ignores it, readers see it.</summary>
    public static string Comment(IReadOnlyList<string> removed) =>
        "Left out, because the Terraform AWS provider has no argument for them (the RunJobFlow request keeps them): " + string.Join(", ", removed) + ".";

    private static EquatableArray<StepSpec> StripSteps(EquatableArray<StepSpec> steps, List<string> removed)
    {
        var kept = new List<StepSpec>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].StepMonitoringConfiguration is not null)
            {
                removed.Add(Unrepresentable.Index("Steps", i) + ".StepMonitoringConfiguration");
            }

            kept.Add(steps[i] with { StepMonitoringConfiguration = null });
        }

        return kept.ToEquatableArray();
    }

    private static EquatableArray<InstanceFleetSpec> StripFleets(EquatableArray<InstanceFleetSpec> fleets, TerraformOmissions leaveOut, List<string> removed)
    {
        var kept = new List<InstanceFleetSpec>();
        for (var i = 0; i < fleets.Count; i++)
        {
            var fleet = fleets[i];
            var path = Unrepresentable.Index("Instances.InstanceFleets", i);
            if (Has(leaveOut, TerraformOmissions.FleetResizeSpecifications) && fleet.ResizeSpecifications is not null)
            {
                removed.Add(path + ".ResizeSpecifications");
                fleet = fleet with { ResizeSpecifications = null };
            }

            if (Has(leaveOut, TerraformOmissions.CapacityReservations) && fleet.LaunchSpecifications is { OnDemandSpecification.CapacityReservationOptions: not null } launch)
            {
                removed.Add(path + ".LaunchSpecifications.OnDemandSpecification.CapacityReservationOptions");
                fleet = fleet with { LaunchSpecifications = launch with { OnDemandSpecification = launch.OnDemandSpecification! with { CapacityReservationOptions = null } } };
            }

            kept.Add(fleet);
        }

        return kept.ToEquatableArray();
    }

    private static bool Has(TerraformOmissions chosen, TerraformOmissions omission) => (chosen & omission) != 0;
}
