using System;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>One automatic scaling rule: an adjustment (<c>Action</c>) taken when a CloudWatch alarm fires (<c>Trigger</c>).</summary>
public sealed class ScalingRule : IHoldsApiSpec
{
    /// <summary>The CloudWatch namespace of EMR's own metrics.</summary>
    public const string EmrMetricsNamespace = "AWS/ElasticMapReduce";

    internal ScalingRule(string name) : this(new ScalingRuleSpec { Name = name })
    {
    }

    internal ScalingRule(ScalingRuleSpec spec) => Spec = spec;

    /// <summary>The rule written so far.</summary>
    public ScalingRuleSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    public ScalingRule Description(string description) =>
        With(r => r with { Description = Require.NonEmpty(description, nameof(description), "A rule description") });

    /// <summary>
    /// Changes the group's capacity by <paramref name="adjustment"/> (negative to scale in), read as
    /// <paramref name="type"/>, then waits <paramref name="coolDownSeconds"/> before the next activity.
    /// </summary>
    public ScalingRule Adjust(int adjustment, AdjustmentType type = AdjustmentType.ChangeInCapacity, int? coolDownSeconds = null, Market? market = null) =>
        With(r => r with
        {
            Action = new ScalingActionSpec
            {
                Market = market,
                SimpleScalingPolicyConfiguration = new SimpleScalingPolicySpec
                {
                    AdjustmentType = type,
                    ScalingAdjustment = adjustment,
                    CoolDown = Require.NonNegative(coolDownSeconds, nameof(coolDownSeconds), "The cool-down"),
                },
            },
        });

    /// <summary>The CloudWatch alarm that triggers the rule, on an EMR metric unless <paramref name="metricNamespace"/> says otherwise.</summary>
    public ScalingRule When(
        string metricName,
        ComparisonOperator comparison,
        double threshold,
        int periodSeconds = 300,
        int? evaluationPeriods = null,
        Statistic? statistic = null,
        MetricUnit? unit = null,
        string metricNamespace = EmrMetricsNamespace) =>
        With(r => r with
        {
            Trigger = new ScalingTriggerSpec
            {
                CloudWatchAlarmDefinition = new CloudWatchAlarmSpec
                {
                    ComparisonOperator = comparison,
                    EvaluationPeriods = Require.Positive(evaluationPeriods, nameof(evaluationPeriods), "The number of evaluation periods"),
                    MetricName = Require.NonEmpty(metricName, nameof(metricName), "A metric name"),
                    Namespace = Require.NonEmpty(metricNamespace, nameof(metricNamespace), "A metric namespace"),
                    Period = Require.Positive(periodSeconds, nameof(periodSeconds), "The alarm period"),
                    Statistic = statistic,
                    Threshold = Require.NonNegative(threshold, nameof(threshold), "The alarm threshold"),
                    Unit = unit,
                    Dimensions = r.Trigger?.CloudWatchAlarmDefinition?.Dimensions ?? default,
                },
            },
        });

    /// <summary>A dimension of the alarm's metric, e.g. <c>.Dimension("JobFlowId", "${emr.clusterId}")</c>; write it after <c>When</c>.</summary>
    public ScalingRule Dimension(string key, string value)
    {
        var alarm = Spec.Trigger?.CloudWatchAlarmDefinition
            ?? throw new InvalidOperationException($"Rule '{Spec.Name}' has no alarm yet: write .When(metricName, comparison, threshold) before .Dimension(...).");
        var dimensions = alarm.Dimensions.Set(Require.NonEmpty(key, nameof(key), "A dimension key"), Require.NonEmpty(value, nameof(value), "A dimension value"));
        return With(r => r with { Trigger = new ScalingTriggerSpec { CloudWatchAlarmDefinition = alarm with { Dimensions = dimensions } } });
    }

    private ScalingRule With(Func<ScalingRuleSpec, ScalingRuleSpec> change) => new(change(Spec));
}
