using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR020: a scaling rule that scales the opposite way to what its alarm says about the cluster: out when
/// <c>MemoryAvailableMB</c> is high (memory to spare), in when <c>ContainerPendingRatio</c> is high (work waiting).
/// </summary>
public sealed class ScalingAgainstMetricRule : AutoScalingPolicyRule
{
    public ScalingAgainstMetricRule()
        : base(RuleIds.ScalingAgainstMetric, "Scaling rule scales against its metric", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    protected override IEnumerable<Finding> Check(AutoScalingPolicySpec policy, string policyPath, PolicyOwner? owner)
    {
        foreach (var rule in ScalingRules.Of(policy, policyPath))
        {
            var direction = ScalingRules.Direction(rule.Value);
            if (ScalingRules.Alarm(rule.Value) is not { } alarm || direction == ScalingDirection.Unknown)
            {
                continue;
            }

            var suits = ScalingMetrics.Suits(ScalingMetrics.Signal(alarm));
            if (suits == ScalingDirection.Unknown || suits == direction)
            {
                continue;
            }

            var action = ScalingRules.DescribeAction(rule.Value.Action!.SimpleScalingPolicyConfiguration!);
            var when = direction == ScalingDirection.Out
                ? "when the cluster has capacity to spare"
                : "when work is waiting for capacity";
            var opposite = ApiEnum<ComparisonOperator>.ToApi(Opposite(alarm.ComparisonOperator!.Value));
            yield return Report(
                ScalingRules.AlarmMember(rule, "ComparisonOperator"),
                $"In {DescribePolicy(owner)}, {ScalingRules.Describe(rule.Value)} {action} when {ScalingRules.DescribeCondition(alarm)}, which is {when}: it scales {(direction == ScalingDirection.Out ? "out on an idle" : "in on a busy")} cluster. Compare with {opposite} to scale {(direction == ScalingDirection.Out ? "out" : "in")} on this metric, or {(direction == ScalingDirection.Out ? "make the adjustment negative to scale in" : "make the adjustment positive to scale out")}.");
        }
    }

    private static ComparisonOperator Opposite(ComparisonOperator comparison) => comparison switch
    {
        ComparisonOperator.GreaterThan => ComparisonOperator.LessThan,
        ComparisonOperator.GreaterThanOrEqual => ComparisonOperator.LessThanOrEqual,
        ComparisonOperator.LessThan => ComparisonOperator.GreaterThan,
        _ => ComparisonOperator.GreaterThanOrEqual,
    };
}
