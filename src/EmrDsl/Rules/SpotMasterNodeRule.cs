using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>EMR006: losing the master (primary) node terminates the whole cluster.</summary>
public sealed class SpotMasterNodeRule : ClusterRule
{
    public SpotMasterNodeRule()
        : base(RuleIds.SpotMasterNode, "Spot market on the master node", FindingSeverity.Warning, RuleCategory.Reliability)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var group in ClusterNodes.SpotGroups(spec, InstanceRole.Master))
        {
            yield return Report(
                WirePath.Member(group.Path, "Market"),
                $"The master instance group{ClusterNodes.NameSuffix(group.Value.Name)} uses the SPOT market: if EC2 reclaims the master node the whole cluster terminates. Use ON_DEMAND for the master group.");
        }

        foreach (var fleet in ClusterNodes.SpotFleets(spec, InstanceFleetType.Master))
        {
            yield return Report(
                WirePath.Member(fleet.Path, "TargetSpotCapacity"),
                $"The master instance fleet{ClusterNodes.NameSuffix(fleet.Value.Name)} is provisioned on Spot: if EC2 reclaims the master node the whole cluster terminates. Use TargetOnDemandCapacity = 1 and omit TargetSpotCapacity.");
        }
    }
}
