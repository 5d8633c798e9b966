using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>
/// EMR023: scale-out and scale-in rules that undo each other: both can fire on the same value of the same metric, or
/// a rule's cool-down ends before EMR publishes the next datapoint, so the next decision is made on data from before it.
/// </summary>
public sealed class ScalingRulesFightRule : AutoScalingPolicyRule
{
    /// <summary>"CloudWatch metrics for Amazon EMR are emitted every five minutes (300 seconds)" (CloudWatchAlarmDefinition.Period).</summary>
    public const int MetricIntervalSeconds = 300;

    private const Statistic DefaultStatistic = Statistic.Average;

    public ScalingRulesFightRule()
        : base(RuleIds.ScalingRulesFight, "Scaling rules fight each other", FindingSeverity.Warning, RuleCategory.Reliability)
    {
    }

    protected override IEnumerable<Finding> Check(AutoScalingPolicySpec policy, string policyPath, PolicyOwner? owner)
    {
        var rules = ScalingRules.Of(policy, policyPath).ToList();
        var scaleOut = rules.Where(r => ScalingRules.Direction(r.Value) == ScalingDirection.Out).ToList();
        var scaleIn = rules.Where(r => ScalingRules.Direction(r.Value) == ScalingDirection.In).ToList();
        if (scaleOut.Count == 0 || scaleIn.Count == 0)
        {
            yield break;
        }

        foreach (var inRule in scaleIn)
        {
            foreach (var outRule in scaleOut)
            {
                if (Overlap(outRule.Value, inRule.Value) is { } both)
                {
                    yield return Report(
                        ScalingRules.AlarmMember(inRule, "Threshold"),
                        $"In {DescribePolicy(owner)}, {ScalingRules.Describe(inRule.Value)} (scale in when {ScalingRules.DescribeCondition(ScalingRules.Alarm(inRule.Value)!)}) and {ScalingRules.Describe(outRule.Value)} (scale out when {ScalingRules.DescribeCondition(ScalingRules.Alarm(outRule.Value)!)}) both fire while {ScalingRules.Alarm(inRule.Value)!.MetricName} is {both}: the group is grown and shrunk on the same reading. Move the thresholds apart so that no value triggers both.");
                }
            }
        }

        foreach (var rule in rules)
        {
            if (rule.Value.Action?.SimpleScalingPolicyConfiguration?.CoolDown is { } coolDown && coolDown < MetricIntervalSeconds)
            {
                yield return Report(
                    ScalingRules.AdjustmentMember(rule, "CoolDown"),
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "In {0}, {1} cools down for {2} seconds, less than the {3} seconds between EMR's metric datapoints: the next scaling decision, this rule's or the opposite one's, is made on a reading from before this change. Set CoolDown to at least {3}.",
                        DescribePolicy(owner),
                        ScalingRules.Describe(rule.Value),
                        coolDown,
                        MetricIntervalSeconds));
            }
        }
    }

    /// <summary>The values of the shared metric on which both rules fire, described; null when they watch different metrics or never fire together.</summary>
    private static string? Overlap(ScalingRuleSpec scaleOut, ScalingRuleSpec scaleIn)
    {
        if (ScalingRules.Alarm(scaleOut) is not { } outAlarm || ScalingRules.Alarm(scaleIn) is not { } inAlarm || !SameSeries(outAlarm, inAlarm)
            || AlarmRange.Of(outAlarm) is not { } outRange || AlarmRange.Of(inAlarm) is not { } inRange)
        {
            return null;
        }

        var both = outRange.Intersect(inRange);
        return both.IsEmpty ? null : both.Describe();
    }

    /// <summary>Whether two alarms watch the same statistic of the same metric with the same dimensions.</summary>
    private static bool SameSeries(CloudWatchAlarmSpec a, CloudWatchAlarmSpec b) =>
        string.Equals(a.MetricName, b.MetricName, StringComparison.Ordinal)
        && string.Equals(a.Namespace ?? ScalingMetrics.EmrNamespace, b.Namespace ?? ScalingMetrics.EmrNamespace, StringComparison.Ordinal)
        && (a.Statistic ?? DefaultStatistic) == (b.Statistic ?? DefaultStatistic)
        && a.Dimensions.Equals(b.Dimensions);
}
