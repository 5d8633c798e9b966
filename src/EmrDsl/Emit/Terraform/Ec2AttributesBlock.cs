using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>The cluster's <c>ec2_attributes</c> block: networking from Instances plus JobFlowRole as instance_profile.</summary>
internal static class Ec2AttributesBlock
{
    public static TerraformBody? From(ClusterSpec spec, InstancesSpec instances)
    {
        const string path = "Instances";
        Unrepresentable.Reject(instances.Ec2SubnetId is not null && !instances.Ec2SubnetIds.IsEmpty, path + ".Ec2SubnetIds", "both Ec2SubnetId and Ec2SubnetIds are set and Terraform's subnet_id and subnet_ids conflict; keep one.");

        var block = new TerraformBody()
            .String("additional_master_security_groups", CommaSeparated(instances.AdditionalMasterSecurityGroups, path + ".AdditionalMasterSecurityGroups"))
            .String("additional_slave_security_groups", CommaSeparated(instances.AdditionalSlaveSecurityGroups, path + ".AdditionalSlaveSecurityGroups"))
            .String("emr_managed_master_security_group", instances.EmrManagedMasterSecurityGroup)
            .String("emr_managed_slave_security_group", instances.EmrManagedSlaveSecurityGroup)
            .String("key_name", instances.Ec2KeyName)
            .String("service_access_security_group", instances.ServiceAccessSecurityGroup)
            .String("subnet_id", instances.Ec2SubnetId)
            .Strings("subnet_ids", instances.Ec2SubnetIds);
        if (block.IsEmpty && spec.JobFlowRole is null)
        {
            return null;
        }

        return block.String("instance_profile", Unrepresentable.Require(spec.JobFlowRole, "JobFlowRole", "Terraform's ec2_attributes requires instance_profile; set JobFlowRole (e.g. EMR_EC2_DefaultRole)."));
    }

    /// <summary>The provider takes the additional security groups as one comma-separated string and splits it on ','.</summary>
    private static string? CommaSeparated(IReadOnlyList<string> groups, string path)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            Unrepresentable.Reject(groups[i].IndexOf(',') >= 0, Unrepresentable.Index(path, i), $"'{groups[i]}' contains ',', which the provider would split into two security groups; security group ids have no commas.");
        }

        return groups.Count == 0 ? null : string.Join(",", groups);
    }
}
