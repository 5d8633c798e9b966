using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR022: automatic scaling constraints that cannot hold: a minimum above the maximum, a group that starts outside
/// them, an EXACT_CAPACITY rule that asks for a size outside them.
/// </summary>
public sealed class ScalingConstraintsUnmetRule : AutoScalingPolicyRule
{
    public ScalingConstraintsUnmetRule()
        : base(RuleIds.ScalingConstraintsUnmet, "Automatic scaling constraints cannot be met", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    protected override IEnumerable<Finding> Check(AutoScalingPolicySpec policy, string policyPath, PolicyOwner? owner)
    {
        if (policy.Constraints is not { MinCapacity: { } min, MaxCapacity: { } max })
        {
            yield break;
        }

        var constraintsPath = WirePath.Member(policyPath, "Constraints");
        if (min > max)
        {
            yield return Report(
                WirePath.Member(constraintsPath, "MinCapacity"),
                Format("In {0}, MinCapacity ({1}) is above MaxCapacity ({2}): no group size meets both. Lower MinCapacity or raise MaxCapacity.", DescribePolicy(owner), min, max));
            yield break;
        }

        if (owner?.Group.InstanceCount is { } count && (count < min || count > max))
        {
            yield return Report(
                WirePath.Member(owner.GroupPath, "InstanceCount"),
                Format("{0} starts with {1} instance{2}, outside its automatic scaling constraints ({3} to {4}): the group begins where its policy says it must never be. Set the instance count between {3} and {4}, or widen the constraints.", owner.Describe(sentenceStart: true), count, count == 1 ? string.Empty : "s", min, max));
        }

        foreach (var rule in ScalingRules.Of(policy, policyPath))
        {
            if (rule.Value.Action?.SimpleScalingPolicyConfiguration is { AdjustmentType: AdjustmentType.ExactCapacity, ScalingAdjustment: { } size }
                && (size < min || size > max))
            {
                yield return Report(
                    ScalingRules.AdjustmentMember(rule, "ScalingAdjustment"),
                    Format("In {0}, {1} sets the group to exactly {2} instances, outside the constraints ({3} to {4}), so it can never do what it says. Choose a size between {3} and {4}.", DescribePolicy(owner), ScalingRules.Describe(rule.Value), size, min, max));
            }
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
