using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// The cluster as a Terraform JSON configuration (a <c>.tf.json</c> file) for the AWS provider:
/// <c>aws_emr_cluster</c>, plus <c>aws_emr_instance_group</c> per task group, <c>aws_emr_instance_fleet</c> for
/// a task fleet, <c>aws_emr_managed_scaling_policy</c> and an optional <c>aws_emr_security_configuration</c>.
/// Members are written in ordinal (alphabetical) order of their names, so the output is deterministic.
/// A request member Terraform cannot express raises <see cref="TerraformConversionException"/>; a literal secret
/// raises <see cref="LiteralSecretException"/> (secrets come from sensitive variables, see <see cref="TerraformSecrets"/>).
/// </summary>
public static class TerraformJson
{
    public static string Write(ClusterSpec spec, TerraformOptions? options = null) => JsonText.Write(ToJson(spec, options));

    internal static JsonObject ToJson(ClusterSpec spec, TerraformOptions? options = null)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        SecretValue.RequireNoLiterals(spec, "Terraform configuration");
        options ??= new TerraformOptions();
        var leftOut = new List<string>();
        spec = TerraformLeftOut.Strip(spec, options.LeaveOut, leftOut);
        var name = ResourceName(spec, options);
        var document = new TerraformDocument();
        var cluster = ClusterArguments.From(spec, name, document);

        if (options.SecurityConfiguration is { } securityConfiguration)
        {
            document.Add(TerraformDocument.SecurityConfiguration, name, SecurityConfigurationResource(spec, securityConfiguration));
            cluster.Reference("security_configuration", TerraformDocument.SecurityConfiguration, name, "name");
        }

        if (spec.ManagedScalingPolicy is { } scaling)
        {
            document.Add(TerraformDocument.ManagedScalingPolicy, name, ManagedScalingResource(scaling, name));
        }

        if (leftOut.Count > 0)
        {
            cluster.String("//", TerraformLeftOut.Comment(leftOut));
        }

        var drift = TerraformLifecycle.Effective(spec, options);
        document.Add(TerraformDocument.Cluster, name, TerraformLifecycle.Apply(cluster, TerraformLifecycle.ClusterEntries(spec, drift)));
        IgnoreTaskDrift(spec, drift, document, name);
        if (options.Outputs)
        {
            document.AddOutput(name + "_cluster_id", $"The id of the EMR cluster '{spec.Name}' (the JobFlowId steps are added to).", TerraformDocument.Cluster, name, "id");
            document.AddOutput(name + "_cluster_arn", $"The ARN of the EMR cluster '{spec.Name}'.", TerraformDocument.Cluster, name, "arn");
        }

        if (options.RequiredProviders)
        {
            document.RequireAwsProvider();
        }

        return document.ToJson();
    }

    /// <summary>
    /// The request paths <paramref name="options"/> leaves out of the Terraform for <paramref name="spec"/> (what the
    /// document's <c>"//"</c> comment names); empty when nothing is left out.
    /// </summary>
    public static IReadOnlyList<string> LeftOut(ClusterSpec spec, TerraformOptions? options = null)
    {
        var leftOut = new List<string>();
        TerraformLeftOut.Strip(spec ?? throw new ArgumentNullException(nameof(spec)), options?.LeaveOut ?? TerraformOmissions.None, leftOut);
        return leftOut;
    }

    /// <summary>Task groups are <c>NAME_task_N</c> in request order; the task fleet has the cluster's name.</summary>
    private static void IgnoreTaskDrift(ClusterSpec spec, TerraformDrift drift, TerraformDocument document, string name)
    {
        if (spec.Instances is not { } instances)
        {
            return;
        }

        var taskNumber = 0;
        foreach (var group in instances.InstanceGroups)
        {
            if (group.InstanceRole == InstanceRole.Task
                && document.Find(TerraformDocument.InstanceGroup, name + "_task_" + (++taskNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } body)
            {
                TerraformLifecycle.Apply(body, TerraformLifecycle.TaskGroupEntries(spec, group, drift));
            }
        }

        if (document.Find(TerraformDocument.InstanceFleet, name) is { } fleet)
        {
            TerraformLifecycle.Apply(fleet, TerraformLifecycle.TaskFleetEntries(spec, drift));
        }
    }

    /// <summary><c>6.25</c> of <c>6.25.0</c>: "~> 6.25" allows any later 6.x, the versions that keep this schema's arguments.</summary>
    private static string ResourceName(ClusterSpec spec, TerraformOptions options)
    {
        if (options.ResourceName is { } chosen)
        {
            Unrepresentable.Reject(!TerraformName.IsValid(chosen), "TerraformOptions.ResourceName", $"'{chosen}' is not a Terraform resource name: use letters, digits, '_' and '-', starting with a letter or '_'.");
            return chosen;
        }

        return TerraformName.FromClusterName(Unrepresentable.Require(spec.Name, "Name", "set the cluster Name."));
    }

    /// <summary>
    /// The authored configuration is created beside the cluster, and the cluster refers to it by reference so
    /// Terraform creates it first. A request naming a different configuration is a contradiction, not a choice.
    /// </summary>
    private static TerraformBody SecurityConfigurationResource(ClusterSpec spec, TerraformSecurityConfiguration authored)
    {
        const string path = "TerraformOptions.SecurityConfiguration";
        Unrepresentable.Reject(string.IsNullOrWhiteSpace(authored.Name), path + ".Name", "the security configuration needs a name.");
        Unrepresentable.Reject(
            spec.SecurityConfiguration is not null && spec.SecurityConfiguration != authored.Name,
            "SecurityConfiguration",
            $"the cluster names the security configuration '{spec.SecurityConfiguration}' but the authored one is '{authored.Name}'; make them the same or leave the cluster's SecurityConfiguration unset.");
        try
        {
            JsonParser.Parse(authored.Json ?? string.Empty);
        }
        catch (JsonParseException e)
        {
            throw new TerraformConversionException(path + ".Json", "the security configuration document is not valid JSON: " + e.Message);
        }

        return new TerraformBody()
            .String("configuration", authored.Json)
            .String("name", authored.Name);
    }

    private static TerraformBody ManagedScalingResource(ManagedScalingSpec scaling, string name)
    {
        const string path = "ManagedScalingPolicy.ComputeLimits";
        var limits = scaling.ComputeLimits!;
        var computeLimits = new TerraformBody()
            .Number("maximum_capacity_units", Unrepresentable.Require(limits.MaximumCapacityUnits, path + ".MaximumCapacityUnits", "set MaximumCapacityUnits."))
            .Number("maximum_core_capacity_units", limits.MaximumCoreCapacityUnits)
            .Number("maximum_ondemand_capacity_units", limits.MaximumOnDemandCapacityUnits)
            .Number("minimum_capacity_units", Unrepresentable.Require(limits.MinimumCapacityUnits, path + ".MinimumCapacityUnits", "set MinimumCapacityUnits."))
            .String("unit_type", ApiText.Enum(Unrepresentable.Require(limits.UnitType, path + ".UnitType", "set UnitType (Instances, InstanceFleetUnits or VCPU).")));

        return new TerraformBody()
            .Reference("cluster_id", TerraformDocument.Cluster, name, "id")
            .Blocks("compute_limits", new[] { computeLimits })
            .String("scaling_strategy", ApiText.Enum(scaling.ScalingStrategy))
            .Number("utilization_performance_index", scaling.UtilizationPerformanceIndex);
    }
}
