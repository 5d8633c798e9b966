using System.Collections.Generic;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// An automatic scaling policy (an instance group's, or a PutAutoScalingPolicy request's) as <c>.AutoScaling(min, max, p => p.ScaleOut(...))</c>
/// with typed rules where they rebuild the rule exactly, else <c>p.Rule("name", r => r.Adjust(...).When(...))</c>;
/// arguments equal to the DSL's defaults are left out.
/// </summary>
internal static class AutoScalingCode
{
    private const int DefaultPeriodSeconds = 300;

    public static Fluent<InstanceGroup> Policy(Fluent<InstanceGroup> fluent, AutoScalingPolicySpec policy) =>
        Policy(fluent, policy, (group, min, max, rules) => group.AutoScaling(min, max, rules));

    /// <summary>The policy as <c>.AutoScaling(min, max, p => ...)</c> on any builder that has that call (an instance group, an <see cref="InstanceGroupScaling"/>).</summary>
    public static Fluent<T> Policy<T>(Fluent<T> fluent, AutoScalingPolicySpec policy, System.Func<T, int, int, System.Func<AutoScalingPolicy, AutoScalingPolicy>, T> autoScaling)
    {
        if (policy.Constraints is not { MinCapacity: { } min, MaxCapacity: { } max })
        {
            return fluent.Unsupported("An automatic scaling policy without capacity constraints has no fluent form.");
        }

        var rules = Fluent<AutoScalingPolicy>.Empty;
        foreach (var rule in policy.Rules)
        {
            if (rule.Name is not { } name)
            {
                return fluent.Unsupported("A scaling rule without a name has no fluent form.");
            }

            if (TypedScalingRuleCode.Of(rule) is { } typed)
            {
                rules = rules.Then(typed.Call, typed.Apply);
                continue;
            }

            var body = Rule(rule);
            rules = rules.Then(new Call("Rule", S(name), body.ToLambda("r") ?? new Lambda("r", new Token("r"))), p => p.Rule(name, body.Apply));
        }

        var lambda = rules.ToLambda("p") ?? new Lambda("p", new Token("p"));
        return fluent.Then(new Call("AutoScaling", I(min), I(max), lambda), x => autoScaling(x, min, max, rules.Apply));
    }

    private static Fluent<ScalingRule> Rule(ScalingRuleSpec rule)
    {
        var fluent = Fluent<ScalingRule>.Empty;
        if (rule.Description is { } description)
        {
            fluent = fluent.Then(new Call("Description", S(description)), r => r.Description(description));
        }

        if (rule.Action is { SimpleScalingPolicyConfiguration: { ScalingAdjustment: { } adjustment } simple } action)
        {
            var arguments = new List<Expr> { I(adjustment) };
            var type = simple.AdjustmentType ?? AdjustmentType.ChangeInCapacity;
            if (simple.AdjustmentType is { } given && given != AdjustmentType.ChangeInCapacity)
            {
                arguments.Add(Named("type", E(given)));
            }

            if (simple.CoolDown is { } coolDown)
            {
                arguments.Add(Named("coolDownSeconds", I(coolDown)));
            }

            if (action.Market is { } market)
            {
                arguments.Add(Named("market", E(market)));
            }

            fluent = fluent.Then(new Call("Adjust", arguments.ToArray()), r => r.Adjust(adjustment, type, simple.CoolDown, action.Market));
        }

        if (rule.Trigger?.CloudWatchAlarmDefinition is { MetricName: { } metric, ComparisonOperator: { } comparison, Threshold: { } threshold } alarm)
        {
            var arguments = new List<Expr> { S(metric), E(comparison), CSharpLiteral.Double(threshold) };
            var period = alarm.Period ?? DefaultPeriodSeconds;
            if (period != DefaultPeriodSeconds)
            {
                arguments.Add(Named("periodSeconds", I(period)));
            }

            if (alarm.EvaluationPeriods is { } evaluations)
            {
                arguments.Add(Named("evaluationPeriods", I(evaluations)));
            }

            if (alarm.Statistic is { } statistic)
            {
                arguments.Add(Named("statistic", E(statistic)));
            }

            if (alarm.Unit is { } unit)
            {
                arguments.Add(Named("unit", E(unit)));
            }

            var metricNamespace = alarm.Namespace ?? ScalingRule.EmrMetricsNamespace;
            if (metricNamespace != ScalingRule.EmrMetricsNamespace)
            {
                arguments.Add(Named("metricNamespace", S(metricNamespace)));
            }

            fluent = fluent.Then(
                new Call("When", arguments.ToArray()),
                r => r.When(metric, comparison, threshold, period, alarm.EvaluationPeriods, alarm.Statistic, alarm.Unit, metricNamespace));
            foreach (var dimension in alarm.Dimensions)
            {
                fluent = fluent.Then(new Call("Dimension", S(dimension.Key), S(dimension.Value)), r => r.Dimension(dimension.Key, dimension.Value));
            }
        }

        return fluent;
    }
}
