using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules.Support;

/// <summary>Facts about the rules of an automatic scaling policy, with their paths.</summary>
internal static class ScalingRules
{
    public const string AlarmPath = "Trigger.CloudWatchAlarmDefinition";
    public const string SimplePolicyPath = "Action.SimpleScalingPolicyConfiguration";

    /// <summary>The policy's rules, each with the path of its place in the <c>Rules</c> list under <paramref name="policyPath"/>.</summary>
    public static IEnumerable<Located<ScalingRuleSpec>> Of(AutoScalingPolicySpec policy, string policyPath)
    {
        var rulesPath = WirePath.Member(policyPath, "Rules");
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            yield return Located<ScalingRuleSpec>.Item(policy.Rules[i], rulesPath, i);
        }
    }

    /// <summary>The path of a member of the rule's CloudWatch alarm, e.g. <c>ComparisonOperator</c>.</summary>
    public static string AlarmMember(Located<ScalingRuleSpec> rule, string member) => WirePath.Member(WirePath.Member(rule.Path, AlarmPath), member);

    /// <summary>The path of a member of the rule's simple scaling configuration, e.g. <c>ScalingAdjustment</c>.</summary>
    public static string AdjustmentMember(Located<ScalingRuleSpec> rule, string member) => WirePath.Member(WirePath.Member(rule.Path, SimplePolicyPath), member);

    public static CloudWatchAlarmSpec? Alarm(ScalingRuleSpec rule) => rule.Trigger?.CloudWatchAlarmDefinition;

    /// <summary>Whether the rule adds or removes instances; CHANGE_IN_CAPACITY (the default) and PERCENT_CHANGE_IN_CAPACITY go by the adjustment's sign.</summary>
    public static ScalingDirection Direction(ScalingRuleSpec rule)
    {
        if (rule.Action?.SimpleScalingPolicyConfiguration is not { ScalingAdjustment: { } adjustment } simple || simple.AdjustmentType == AdjustmentType.ExactCapacity)
        {
            return ScalingDirection.Unknown;
        }

        return adjustment > 0 ? ScalingDirection.Out : adjustment < 0 ? ScalingDirection.In : ScalingDirection.Unknown;
    }

    /// <summary>"rule 'scale-out'", or "an unnamed rule" (which EMR010 reports).</summary>
    public static string Describe(ScalingRuleSpec rule) => string.IsNullOrEmpty(rule.Name) ? "an unnamed rule" : "rule '" + rule.Name + "'";

    /// <summary>"adds 2 instances", "removes 20 % of the instances".</summary>
    public static string DescribeAction(SimpleScalingPolicySpec simple)
    {
        var adjustment = simple.ScalingAdjustment ?? 0;
        var amount = System.Math.Abs(adjustment).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var verb = adjustment >= 0 ? "adds" : "removes";
        return simple.AdjustmentType == AdjustmentType.PercentChangeInCapacity
            ? $"{verb} {amount} % of the group's instances"
            : $"{verb} {amount} instance{(System.Math.Abs(adjustment) == 1 ? string.Empty : "s")}";
    }

    /// <summary>"MemoryAvailableMB is GREATER_THAN 2000".</summary>
    public static string DescribeCondition(CloudWatchAlarmSpec alarm) =>
        string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "{0} is {1} {2}",
            alarm.MetricName,
            alarm.ComparisonOperator is { } comparison ? ApiEnum<ComparisonOperator>.ToApi(comparison) : "(no comparison)",
            alarm.Threshold);
}
