using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// When a scaling rule fires: a metric compared with a threshold, over one or more five-minute periods, e.g.
/// <c>ScalingMetric.ContainerPendingRatio.Above(0.75).For(2)</c>. Written with <c>.ScaleOut(...)</c> or <c>.ScaleIn(...)</c>.
/// </summary>
public sealed class ScalingCondition
{
    /// <summary>"CloudWatch metrics for Amazon EMR are emitted every five minutes (300 seconds)" (CloudWatchAlarmDefinition.Period).</summary>
    public const int PeriodSeconds = 300;

    private ScalingCondition(ScalingMetric metric, CloudWatchAlarmSpec alarm)
    {
        Metric = metric;
        Alarm = alarm;
    }

    /// <summary>The metric watched.</summary>
    public ScalingMetric Metric { get; }

    /// <summary>The CloudWatch alarm this condition stands for.</summary>
    public CloudWatchAlarmSpec Alarm { get; }

    /// <summary>Fires only after the condition has held for <paramref name="evaluationPeriods"/> consecutive five-minute periods.</summary>
    public ScalingCondition For(int evaluationPeriods) =>
        With(a => a with { EvaluationPeriods = Require.Positive(evaluationPeriods, nameof(evaluationPeriods), "The number of evaluation periods") });

    /// <summary>The statistic compared with the threshold (the API's default is AVERAGE).</summary>
    public ScalingCondition Using(Statistic statistic) => With(a => a with { Statistic = statistic });

    /// <summary>
    /// The unit the metric is published in. Left out, CloudWatch evaluates the metric whatever its unit; a unit that does
    /// not match what is published leaves the alarm without data.
    /// </summary>
    public ScalingCondition InUnit(MetricUnit unit) => With(a => a with { Unit = unit });

    public override string ToString() => Alarm.MetricName + " " + (Alarm.ComparisonOperator is { } c ? Wire.ApiEnum<ComparisonOperator>.ToApi(c) : string.Empty) + " " + Alarm.Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static ScalingCondition Of(ScalingMetric metric, ComparisonOperator comparison, double threshold)
    {
        var alarm = new CloudWatchAlarmSpec
        {
            ComparisonOperator = comparison,
            MetricName = metric.Name,
            Namespace = metric.Namespace,
            Period = PeriodSeconds,
            Threshold = Require.NonNegative(threshold, nameof(threshold), "The threshold"),
            Dimensions = metric.OfCluster ? default(EquatableArray<MapEntry>).Set(ScalingMetric.ClusterDimension, ScalingMetric.ClusterIdPlaceholder) : default,
        };
        return new ScalingCondition(metric, alarm);
    }

    private ScalingCondition With(Func<CloudWatchAlarmSpec, CloudWatchAlarmSpec> change) => new(Metric, change(Alarm));
}
