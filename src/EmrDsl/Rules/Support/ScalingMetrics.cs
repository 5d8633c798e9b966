using System;
using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules.Support;

/// <summary>
/// The EMR CloudWatch metrics whose meaning fixes which way a rule on them may scale: for some a high value means
/// capacity to spare, for the others a high value means work waiting. Metrics in other namespaces, and EMR metrics
/// not listed here, are left alone.
/// </summary>
internal static class ScalingMetrics
{
    /// <summary>The namespace an alarm without one watches (the service model's documented default).</summary>
    public const string EmrNamespace = "AWS/ElasticMapReduce";

    /// <summary>Metrics that rise as capacity goes unused.</summary>
    private static readonly HashSet<string> HighMeansIdle = new(StringComparer.Ordinal)
    {
        "YARNMemoryAvailablePercentage",
        "MemoryAvailableMB",
        "IsIdle",
    };

    /// <summary>Metrics that rise as work waits for capacity.</summary>
    private static readonly HashSet<string> HighMeansPressure = new(StringComparer.Ordinal)
    {
        "ContainerPendingRatio",
        "ContainerPending",
        "AppsPending",
        "HDFSUtilization",
    };

    /// <summary>What it means for the cluster when <paramref name="alarm"/>'s condition holds.</summary>
    public static MetricSignal Signal(CloudWatchAlarmSpec alarm)
    {
        if (!string.Equals(alarm.Namespace ?? EmrNamespace, EmrNamespace, StringComparison.Ordinal) || alarm.MetricName is not { } metric || alarm.ComparisonOperator is not { } comparison)
        {
            return MetricSignal.Unknown;
        }

        var highMeansIdle = HighMeansIdle.Contains(metric);
        if (!highMeansIdle && !HighMeansPressure.Contains(metric))
        {
            return MetricSignal.Unknown;
        }

        var firesWhenHigh = comparison is ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual;
        return firesWhenHigh == highMeansIdle ? MetricSignal.Idle : MetricSignal.Pressure;
    }

    /// <summary>The direction that suits <paramref name="signal"/>: out under pressure, in when idle.</summary>
    public static ScalingDirection Suits(MetricSignal signal) => signal switch
    {
        MetricSignal.Pressure => ScalingDirection.Out,
        MetricSignal.Idle => ScalingDirection.In,
        _ => ScalingDirection.Unknown,
    };
}
