using System;
using System.Globalization;
using EmrDsl.Model;

namespace EmrDsl.Rules.Support;

/// <summary>The values of a metric for which an alarm's condition holds: one side of its threshold.</summary>
internal readonly struct AlarmRange
{
    private AlarmRange(double lower, bool lowerIncluded, double upper, bool upperIncluded)
    {
        Lower = lower;
        LowerIncluded = lowerIncluded;
        Upper = upper;
        UpperIncluded = upperIncluded;
    }

    public double Lower { get; }

    public bool LowerIncluded { get; }

    public double Upper { get; }

    public bool UpperIncluded { get; }

    public bool IsEmpty => Lower > Upper || (Lower == Upper && !(LowerIncluded && UpperIncluded));

    public static AlarmRange? Of(CloudWatchAlarmSpec alarm) => (alarm.ComparisonOperator, alarm.Threshold) switch
    {
        (ComparisonOperator.GreaterThan, { } t) => new AlarmRange(t, false, double.PositiveInfinity, false),
        (ComparisonOperator.GreaterThanOrEqual, { } t) => new AlarmRange(t, true, double.PositiveInfinity, false),
        (ComparisonOperator.LessThan, { } t) => new AlarmRange(double.NegativeInfinity, false, t, false),
        (ComparisonOperator.LessThanOrEqual, { } t) => new AlarmRange(double.NegativeInfinity, false, t, true),
        _ => null,
    };

    /// <summary>The values both ranges hold for.</summary>
    public AlarmRange Intersect(AlarmRange other)
    {
        var (lower, lowerIncluded) = Lower > other.Lower ? (Lower, LowerIncluded)
            : other.Lower > Lower ? (other.Lower, other.LowerIncluded)
            : (Lower, LowerIncluded && other.LowerIncluded);
        var (upper, upperIncluded) = Upper < other.Upper ? (Upper, UpperIncluded)
            : other.Upper < Upper ? (other.Upper, other.UpperIncluded)
            : (Upper, UpperIncluded && other.UpperIncluded);
        return new AlarmRange(lower, lowerIncluded, upper, upperIncluded);
    }

    /// <summary>"between 15 and 30", "above 75", "at 20".</summary>
    public string Describe()
    {
        if (double.IsNegativeInfinity(Lower))
        {
            return (UpperIncluded ? "at or below " : "below ") + Number(Upper);
        }

        if (double.IsPositiveInfinity(Upper))
        {
            return (LowerIncluded ? "at or above " : "above ") + Number(Lower);
        }

        return Lower == Upper ? "at " + Number(Lower) : "between " + Number(Lower) + " and " + Number(Upper);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
