using System;
using System.Collections.Generic;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// A scaling rule as the typed <c>.ScaleOut(name, n, ScalingMetric.X.Below(t))</c> or <c>.ScaleIn(...)</c> when that call
/// rebuilds it exactly (an EMR cluster metric, a change in capacity, no description or market); null otherwise, and the
/// rule is written with <c>.Rule(...)</c>.
/// </summary>
internal static class TypedScalingRuleCode
{
    private static readonly Dictionary<string, (string Property, ScalingMetric Metric)> Metrics = new(StringComparer.Ordinal)
    {
        ["YARNMemoryAvailablePercentage"] = (nameof(ScalingMetric.YarnMemoryAvailablePercentage), ScalingMetric.YarnMemoryAvailablePercentage),
        ["MemoryAvailableMB"] = (nameof(ScalingMetric.MemoryAvailableMB), ScalingMetric.MemoryAvailableMB),
        ["ContainerPendingRatio"] = (nameof(ScalingMetric.ContainerPendingRatio), ScalingMetric.ContainerPendingRatio),
        ["ContainerPending"] = (nameof(ScalingMetric.ContainerPending), ScalingMetric.ContainerPending),
        ["AppsPending"] = (nameof(ScalingMetric.AppsPending), ScalingMetric.AppsPending),
        ["HDFSUtilization"] = (nameof(ScalingMetric.HdfsUtilization), ScalingMetric.HdfsUtilization),
        ["IsIdle"] = (nameof(ScalingMetric.IsIdle), ScalingMetric.IsIdle),
    };

    public static (Call Call, Func<AutoScalingPolicy, AutoScalingPolicy> Apply)? Of(ScalingRuleSpec rule)
    {
        if (rule is not { Name: { } name, Description: null, Action: { Market: null, SimpleScalingPolicyConfiguration: { AdjustmentType: AdjustmentType.ChangeInCapacity, ScalingAdjustment: { } adjustment and not 0, CoolDown: { } coolDown } } }
            || rule.Trigger?.CloudWatchAlarmDefinition is not { MetricName: { } metricName, ComparisonOperator: { } comparison, Threshold: { } threshold } alarm
            || !Metrics.TryGetValue(metricName, out var metric))
        {
            return null;
        }

        var above = comparison is ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual;
        var orEqual = comparison is ComparisonOperator.GreaterThanOrEqual or ComparisonOperator.LessThanOrEqual;
        var conditionCalls = new List<Call> { new(above ? "Above" : "Below", orEqual ? new Expr[] { CSharpLiteral.Double(threshold), Named("orEqual", B(true)) } : new Expr[] { CSharpLiteral.Double(threshold) }) };
        Func<ScalingCondition, ScalingCondition> refine = c => c;
        if (alarm.EvaluationPeriods is { } periods)
        {
            conditionCalls.Add(new Call("For", I(periods)));
            refine = Then(refine, c => c.For(periods));
        }

        if (alarm.Statistic is { } statistic)
        {
            conditionCalls.Add(new Call("Using", E(statistic)));
            refine = Then(refine, c => c.Using(statistic));
        }

        if (alarm.Unit is { } unit)
        {
            conditionCalls.Add(new Call("InUnit", E(unit)));
            refine = Then(refine, c => c.InUnit(unit));
        }

        var scaleOut = adjustment > 0;
        var instances = Math.Abs(adjustment);
        var arguments = new List<Expr> { S(name), I(instances), new Chain(nameof(ScalingMetric) + "." + metric.Property, conditionCalls) };
        if (coolDown != ScalingCondition.PeriodSeconds)
        {
            arguments.Add(Named("coolDownSeconds", I(coolDown)));
        }

        Func<AutoScalingPolicy, AutoScalingPolicy> apply = p =>
        {
            var condition = refine(above ? metric.Metric.Above(threshold, orEqual) : metric.Metric.Below(threshold, orEqual));
            return scaleOut ? p.ScaleOut(name, instances, condition, coolDown) : p.ScaleIn(name, instances, condition, coolDown);
        };

        // Only when the typed call writes this very rule (the period, namespace and dimension are the typed defaults).
        return Rebuilds(apply, rule) ? (new Call(scaleOut ? "ScaleOut" : "ScaleIn", arguments.ToArray()), apply) : null;
    }

    private static Func<ScalingCondition, ScalingCondition> Then(Func<ScalingCondition, ScalingCondition> first, Func<ScalingCondition, ScalingCondition> next) => c => next(first(c));

    private static bool Rebuilds(Func<AutoScalingPolicy, AutoScalingPolicy> apply, ScalingRuleSpec rule)
    {
        try
        {
            var written = InstanceGroupScaling.Create().AutoScaling(0, 0, apply).Spec.AutoScalingPolicy!.Rules;
            return written.Count == 1 && Equals(written[0], rule);
        }
        catch (ArgumentException)
        {
            // The typed calls refuse a rule that scales against its metric; .Rule(...) keeps it as written.
            return false;
        }
    }
}
