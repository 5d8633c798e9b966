using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>EMR013: Spot fleets without a provisioning timeout action or an allocation strategy.</summary>
public sealed class SpotFleetProvisioningRule : ClusterRule
{
    public SpotFleetProvisioningRule()
        : base(RuleIds.SpotFleetProvisioning, "Spot fleet without timeout action or allocation strategy", FindingSeverity.Info, RuleCategory.Reliability)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var fleet in ClusterNodes.Fleets(spec))
        {
            if (!(fleet.Value.TargetSpotCapacity > 0))
            {
                continue;
            }

            var spot = fleet.Value.LaunchSpecifications?.SpotSpecification;
            var name = fleet.Value.Name;
            if (spot is null)
            {
                yield return Report(
                    WirePath.Member(fleet.Path, "LaunchSpecifications"),
                    $"The {ClusterNodes.Describe(fleet.Value.InstanceFleetType)} fleet '{name}' requests Spot capacity without a SpotSpecification: there is no timeout action when Spot is unavailable and no allocation strategy. Set LaunchSpecifications.SpotSpecification with TimeoutDurationMinutes, TimeoutAction SWITCH_TO_ON_DEMAND and AllocationStrategy price-capacity-optimized.");
            }
            else if (spot.AllocationStrategy is null)
            {
                // Spot blocks take no allocation strategy, so adding one alone would not be a fix.
                var fix = spot.BlockDurationMinutes is { } minutes
                    ? $"It also asks for Spot blocks (BlockDurationMinutes {minutes}), which EC2 stopped offering on 2022-12-31 and which take no allocation strategy: remove BlockDurationMinutes and set AllocationStrategy to price-capacity-optimized."
                    : "Set AllocationStrategy to price-capacity-optimized.";
                yield return Report(
                    WirePath.Member(WirePath.Member(fleet.Path, "LaunchSpecifications"), "SpotSpecification"),
                    $"The {ClusterNodes.Describe(fleet.Value.InstanceFleetType)} fleet '{name}' has no Spot AllocationStrategy, so EMR picks the lowest-priced pools, which are reclaimed most often. {fix}");
            }
        }
    }
}
