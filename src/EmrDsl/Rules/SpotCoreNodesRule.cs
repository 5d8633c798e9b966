using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>EMR001: core nodes hold HDFS blocks; a Spot reclaim takes them with it.</summary>
public sealed class SpotCoreNodesRule : ClusterRule
{
    public SpotCoreNodesRule()
        : base(RuleIds.SpotCoreNodes, "Spot capacity on core nodes", FindingSeverity.Warning, RuleCategory.Reliability)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var group in ClusterNodes.SpotGroups(spec, InstanceRole.Core))
        {
            yield return Report(
                WirePath.Member(group.Path, "Market"),
                $"The core instance group{ClusterNodes.NameSuffix(group.Value.Name)} uses the SPOT market: when EC2 reclaims a core node its HDFS blocks are lost and running steps can fail. Use ON_DEMAND for the core group and put Spot capacity in a TASK group.");
        }

        foreach (var fleet in ClusterNodes.SpotFleets(spec, InstanceFleetType.Core))
        {
            yield return Report(
                WirePath.Member(fleet.Path, "TargetSpotCapacity"),
                $"The core instance fleet{ClusterNodes.NameSuffix(fleet.Value.Name)} asks for {fleet.Value.TargetSpotCapacity} Spot units: when EC2 reclaims a core node its HDFS blocks are lost and running steps can fail. Set TargetSpotCapacity to 0, give the core fleet TargetOnDemandCapacity, and put Spot capacity in the TASK fleet.");
        }
    }
}
