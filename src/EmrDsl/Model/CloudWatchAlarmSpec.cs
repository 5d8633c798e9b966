using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>CloudWatchAlarmDefinition</c> structure of the EMR API. The definition of a CloudWatch metric alarm, which determines when an automatic scaling activity is triggered.</summary>
public sealed record CloudWatchAlarmSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Determines how the metric specified by MetricName is compared to the value specified by Threshold.</summary>
    public ComparisonOperator? ComparisonOperator { get; init; }

    /// <summary>The number of periods, in five-minute increments, during which the alarm condition must exist before the alarm triggers automatic scaling activity.</summary>
    public int? EvaluationPeriods { get; init; }

    /// <summary>The name of the CloudWatch metric that is watched to determine an alarm condition.</summary>
    public string? MetricName { get; init; }

    /// <summary>The namespace for the CloudWatch metric.</summary>
    public string? Namespace { get; init; }

    /// <summary>The period, in seconds, over which the statistic is applied.</summary>
    public int? Period { get; init; }

    /// <summary>The statistic to apply to the metric associated with the alarm.</summary>
    public Statistic? Statistic { get; init; }

    /// <summary>The value against which the specified statistic is compared.</summary>
    public double? Threshold { get; init; }

    /// <summary>The unit of measure associated with the CloudWatch metric being watched.</summary>
    public MetricUnit? Unit { get; init; }

    /// <summary>A CloudWatch metric dimension.</summary>
    public EquatableArray<MapEntry> Dimensions { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<CloudWatchAlarmSpec> Shape = new ApiShape<CloudWatchAlarmSpec>("CloudWatchAlarmDefinition", () => new CloudWatchAlarmSpec())
        .Member("ComparisonOperator", Codec.Enum<ComparisonOperator>(), s => s.ComparisonOperator, (s, v) => s with { ComparisonOperator = v }, MemberLimits.Of(required: true))
        .Member("EvaluationPeriods", Codec.Int, s => s.EvaluationPeriods, (s, v) => s with { EvaluationPeriods = v })
        .Member("MetricName", Codec.String, s => s.MetricName, (s, v) => s with { MetricName = v }, MemberLimits.Of(required: true))
        .Member("Namespace", Codec.String, s => s.Namespace, (s, v) => s with { Namespace = v })
        .Member("Period", Codec.Int, s => s.Period, (s, v) => s with { Period = v }, MemberLimits.Of(required: true))
        .Member("Statistic", Codec.Enum<Statistic>(), s => s.Statistic, (s, v) => s with { Statistic = v })
        .Member("Threshold", Codec.Double, s => s.Threshold, (s, v) => s with { Threshold = v }, MemberLimits.Of(required: true, min: 0.0))
        .Member("Unit", Codec.Enum<MetricUnit>(), s => s.Unit, (s, v) => s with { Unit = v })
        .Member("Dimensions", Codec.KeyValueList("Key", "Value"), s => s.Dimensions, (s, v) => s with { Dimensions = v });
}
