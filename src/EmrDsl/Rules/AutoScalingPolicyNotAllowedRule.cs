using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR024: automatic scaling where EMR does not allow it: a policy on the primary (MASTER) instance group, which EMR
/// never scales, and a rule action that names a market, which instance groups do not take (each group has its own).
/// Instance fleets have no policy member at all, so a policy there is a wire error before any rule runs.
/// </summary>
public sealed class AutoScalingPolicyNotAllowedRule : AutoScalingPolicyRule
{
    public AutoScalingPolicyNotAllowedRule()
        : base(RuleIds.AutoScalingPolicyNotAllowed, "Automatic scaling policy where EMR does not allow it", FindingSeverity.Error, RuleCategory.Correctness)
    {
    }

    protected override IEnumerable<Finding> Check(AutoScalingPolicySpec policy, string policyPath, PolicyOwner? owner)
    {
        if (owner?.Group.InstanceRole == InstanceRole.Master)
        {
            yield return Report(
                policyPath,
                $"{owner.Describe(sentenceStart: true)} has an automatic scaling policy, but EMR scales only core and task groups: the primary node count is fixed when the cluster starts. Remove the policy from the MASTER group and put it on a CORE or TASK group.");
        }

        foreach (var rule in ScalingRules.Of(policy, policyPath))
        {
            if (rule.Value.Action?.Market is { } market)
            {
                yield return Report(
                    WirePath.Member(WirePath.Member(rule.Path, "Action"), "Market"),
                    $"In {DescribePolicy(owner)}, {ScalingRules.Describe(rule.Value)} names the {ApiEnum<Market>.ToApi(market)} market, which instance groups do not accept: a group adds instances in the market it was created with. Remove Market from the action (for Spot capacity, scale a TASK group created with the SPOT market).");
            }
        }
    }
}
