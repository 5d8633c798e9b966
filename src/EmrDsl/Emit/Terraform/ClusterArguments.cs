using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>The <c>aws_emr_cluster</c> resource body, from the RunJobFlow request's cluster-level members.</summary>
internal static class ClusterArguments
{
    public static TerraformBody From(ClusterSpec spec, string name, TerraformDocument document)
    {
        RejectUnsupported(spec);
        var instances = Unrepresentable.Require(spec.Instances, "Instances", "set Instances (the master, core and task capacity).");

        var cluster = new TerraformBody()
            .String("additional_info", spec.AdditionalInfo)
            .Strings("applications", ApplicationNames(spec.Applications))
            .String("autoscaling_role", spec.AutoScalingRole)
            .Blocks("bootstrap_action", StepAttributes.BootstrapActions(spec.BootstrapActions))
            .Template("configurations_json", TerraformSecrets.ConfigurationsJson(spec, name, document))
            .String("custom_ami_id", spec.CustomAmiId)
            .Number("ebs_root_volume_size", spec.EbsRootVolumeSize)
            .Block("ec2_attributes", Ec2AttributesBlock.From(spec, instances))
            .Bool("keep_job_flow_alive_when_no_steps", instances.KeepJobFlowAliveWhenNoSteps)
            .Block("kerberos_attributes", Kerberos(spec, name, document))
            .String("log_encryption_kms_key_id", spec.LogEncryptionKmsKeyId)
            .String("log_uri", spec.LogUri)
            .String("name", Unrepresentable.Require(spec.Name, "Name", "set the cluster Name."))
            .String("os_release_label", spec.OSReleaseLabel)
            .Attribute("placement_group_config", PlacementGroups(spec.PlacementGroupConfigs))
            .String("release_label", spec.ReleaseLabel)
            .String("scale_down_behavior", ApiText.Enum(spec.ScaleDownBehavior))
            .String("security_configuration", spec.SecurityConfiguration)
            .String("service_role", Unrepresentable.Require(spec.ServiceRole, "ServiceRole", "Terraform's aws_emr_cluster requires service_role; set ServiceRole (e.g. EMR_DefaultRole)."))
            .Attribute("step", StepAttributes.Steps(spec.Steps))
            .Number("step_concurrency_level", spec.StepConcurrencyLevel)
            .Map("tags", spec.Tags, "Tags")
            .Bool("termination_protection", instances.TerminationProtected)
            .Bool("unhealthy_node_replacement", instances.UnhealthyNodeReplacement)
            .Bool("visible_to_all_users", spec.VisibleToAllUsers);

        if (spec.AutoTerminationPolicy is { } autoTermination)
        {
            cluster.Block("auto_termination_policy", new TerraformBody().Number("idle_timeout", autoTermination.IdleTimeout));
        }

        AddCapacity(instances, cluster, document, name);
        return cluster;
    }

    private static void AddCapacity(InstancesSpec instances, TerraformBody cluster, TerraformDocument document, string name)
    {
        var hasGroups = !instances.InstanceGroups.IsEmpty;
        var hasFleets = !instances.InstanceFleets.IsEmpty;
        var hasLegacy = instances.MasterInstanceType is not null;
        Unrepresentable.Reject(hasGroups && hasFleets, "Instances.InstanceFleets", "both InstanceGroups and InstanceFleets are set; a cluster uses one or the other.");
        Unrepresentable.Reject(hasLegacy && (hasGroups || hasFleets), "Instances.MasterInstanceType", "MasterInstanceType is set together with InstanceGroups or InstanceFleets; use one form.");
        if (!hasLegacy)
        {
            Unrepresentable.Reject(instances.SlaveInstanceType is not null, "Instances.SlaveInstanceType", "SlaveInstanceType is only read together with MasterInstanceType; remove it.");
            Unrepresentable.Reject(instances.InstanceCount is not null, "Instances.InstanceCount", "InstanceCount is only read together with MasterInstanceType; set instance counts on the groups instead.");
        }

        if (hasFleets)
        {
            InstanceFleetArguments.Add(instances.InstanceFleets, cluster, document, name);
        }
        else
        {
            var groups = hasLegacy ? InstanceGroupArguments.FromLegacyForm(instances) : instances.InstanceGroups;
            InstanceGroupArguments.Add(groups, cluster, document, name);
        }
    }

    /// <summary>
    /// Members the provider has no argument for. Writing the rest would create a different cluster than the
    /// request describes, so each one is an error that names it and says what to do.
    /// </summary>
    private static void RejectUnsupported(ClusterSpec spec)
    {
        Unrepresentable.Reject(spec.AmiVersion is not null, "AmiVersion", "aws_emr_cluster takes release_label only; AMI-version clusters (EMR 2.x/3.x) cannot be written for Terraform. Use a ReleaseLabel such as emr-7.2.0.");
        Unrepresentable.Require(spec.ReleaseLabel, "ReleaseLabel", "aws_emr_cluster requires release_label; set ReleaseLabel (e.g. emr-7.2.0).");
        Unrepresentable.Reject(!spec.SupportedProducts.IsEmpty, "SupportedProducts", "supported products are an EMR 2.x/3.x feature with no Terraform argument; list Applications instead.");
        Unrepresentable.Reject(!spec.NewSupportedProducts.IsEmpty, "NewSupportedProducts", "supported products are an EMR 2.x/3.x feature with no Terraform argument; list Applications instead.");
        Unrepresentable.Reject(spec.StepExecutionRoleArn is not null, "StepExecutionRoleArn", "aws_emr_cluster has no step execution role argument; remove StepExecutionRoleArn or submit runtime-role steps with AddJobFlowSteps.");
        Unrepresentable.Reject(spec.RepoUpgradeOnBoot is not null, "RepoUpgradeOnBoot", "aws_emr_cluster has no repo_upgrade_on_boot argument; remove RepoUpgradeOnBoot.");
        Unrepresentable.Reject(spec.EbsRootVolumeIops is not null, "EbsRootVolumeIops", "aws_emr_cluster has no root volume IOPS argument; remove EbsRootVolumeIops.");
        Unrepresentable.Reject(spec.EbsRootVolumeThroughput is not null, "EbsRootVolumeThroughput", "aws_emr_cluster has no root volume throughput argument; remove EbsRootVolumeThroughput.");
        Unrepresentable.Reject(spec.ExtendedSupport is not null, "ExtendedSupport", "aws_emr_cluster has no extended support argument; remove ExtendedSupport.");
        Unrepresentable.Reject(spec.MonitoringConfiguration is not null, "MonitoringConfiguration", "aws_emr_cluster has no monitoring configuration argument; remove MonitoringConfiguration.");
        Unrepresentable.Reject(spec.SessionEnabled is not null, "SessionEnabled", "aws_emr_cluster has no argument for Spark Connect sessions; remove SessionEnabled.");
        Unrepresentable.Reject(spec.ManagedScalingPolicy is { ComputeLimits: null }, "ManagedScalingPolicy.ComputeLimits", "aws_emr_managed_scaling_policy requires compute_limits; set ComputeLimits.");
        if (spec.Instances is { } instances)
        {
            Unrepresentable.Reject(instances.Placement is not null, "Instances.Placement", "aws_emr_cluster has no availability zone argument (the subnet decides the zone); remove Placement and choose Ec2SubnetId or Ec2SubnetIds instead.");
            Unrepresentable.Reject(instances.HadoopVersion is not null, "Instances.HadoopVersion", "HadoopVersion applies to AMI-version clusters, which Terraform cannot describe; remove it.");
        }
    }

    /// <summary><c>applications</c> is a set of names: versions, arguments and extra info have no place in it.</summary>
    private static List<string> ApplicationNames(EquatableArray<ApplicationSpec> applications)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < applications.Count; i++)
        {
            var application = applications[i];
            var path = Unrepresentable.Index("Applications", i);
            var name = Unrepresentable.Require(application.Name, path + ".Name", "set the application's Name (e.g. Spark).");
            Unrepresentable.Reject(application.Version is not null || !application.Args.IsEmpty || !application.AdditionalInfo.IsEmpty, path, "Terraform's applications holds names only; remove Version, Args and AdditionalInfo (EMR installs the release's version).");
            Unrepresentable.Reject(!seen.Add(name), path, $"the application '{name}' is listed twice; Terraform's applications is a set, list it once.");
            names.Add(name);
        }

        return names;
    }

    /// <summary>The passwords come from sensitive variables (<see cref="TerraformSecrets"/>), never from the document.</summary>
    private static TerraformBody? Kerberos(ClusterSpec spec, string name, TerraformDocument document)
    {
        if (spec.KerberosAttributes is not { } kerberos)
        {
            return null;
        }

        var block = new TerraformBody()
            .String("ad_domain_join_user", kerberos.ADDomainJoinUser)
            .String("realm", Unrepresentable.Require(kerberos.Realm, "KerberosAttributes.Realm", "set Realm."));
        Unrepresentable.Require(kerberos.KdcAdminPassword, "KerberosAttributes.KdcAdminPassword", "set KdcAdminPassword.");
        foreach (var member in SecretMember.Cluster)
        {
            block.Template(member.TerraformArgument, TerraformSecrets.Argument(spec, member, name, document));
        }

        return block;
    }

    /// <summary><c>placement_group_config</c> is a list(object) attribute: both object attributes are written, null where unset.</summary>
    private static JsonArray? PlacementGroups(EquatableArray<PlacementGroupSpec> groups)
    {
        if (groups.IsEmpty)
        {
            return null;
        }

        var items = new List<JsonValue>();
        foreach (var group in groups)
        {
            items.Add(new TerraformBody()
                .Value("instance_role", ApiText.Enum(group.InstanceRole) is { } role ? new JsonString(role) : null)
                .Value("placement_strategy", ApiText.Enum(group.PlacementStrategy) is { } strategy ? new JsonString(strategy) : null)
                .ToJson());
        }

        return new JsonArray(items);
    }
}
