using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR015: without a subnet EMR launches into the default VPC, whose subnets are public, so the master node gets a
/// public IP address (KICS "EMR Without VPC"; Security Hub EMR.1).
/// </summary>
public sealed class NoSubnetRule : ClusterRule
{
    public NoSubnetRule()
        : base(RuleIds.NoSubnet, "No subnet chosen", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        var instances = spec.Instances;
        if (instances is null || !string.IsNullOrWhiteSpace(instances.Ec2SubnetId) || !instances.Ec2SubnetIds.IsEmpty)
        {
            yield break;
        }

        var member = instances.InstanceFleets.IsEmpty ? "Instances.Ec2SubnetId" : "Instances.Ec2SubnetIds";
        yield return Report(
            member,
            $"The cluster names no subnet, so EMR launches it in the default VPC, whose subnets are public: the master node gets a public IP address. Set {member.Substring("Instances.".Length)} to a private subnet of your VPC.");
    }
}
