using System;
using System.Collections.Generic;
using System.Globalization;

namespace EmrDsl;

/// <summary>Checks for numbers, prices, durations and lists written through the cluster DSL.</summary>
internal static partial class Require
{
    public static int InRange(int value, int min, int max, string parameter, string what)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be between {min} and {max} (got {value}).");
        }

        return value;
    }

    public static int? InRange(int? value, int min, int max, string parameter, string what) =>
        value is { } v ? InRange(v, min, max, parameter, what) : null;

    public static long AtLeast(long value, long min, string parameter, string what)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be at least {min} (got {value}).");
        }

        return value;
    }

    public static long Positive(long value, string parameter, string what) => AtLeast(value, 1, parameter, what);

    public static int? NonNegative(int? value, string parameter, string what) =>
        value is { } v ? NonNegative(v, parameter, what) : null;

    public static int? Positive(int? value, string parameter, string what) =>
        value is { } v ? Positive(v, parameter, what) : null;

    public static double NonNegative(double value, string parameter, string what)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be a finite number of 0 or more (got {value.ToString(CultureInfo.InvariantCulture)}).");
        }

        return value;
    }

    /// <summary>Every item of a list must be a non-empty string; at least one item is required.</summary>
    public static EmrDsl.Model.EquatableArray<string> NonEmptyItems(IEnumerable<string>? values, string parameter, string what)
    {
        if (values is null)
        {
            throw new ArgumentException($"{what} are required: pass at least one.", parameter);
        }

        var list = new List<string>();
        foreach (var value in values)
        {
            list.Add(NonEmpty(value, parameter, $"Each of the {what}"));
        }

        if (list.Count == 0)
        {
            throw new ArgumentException($"{what} are required: pass at least one.", parameter);
        }

        return new EmrDsl.Model.EquatableArray<string>(list);
    }

    public static T NotNull<T>(T? value, string parameter, string what)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter, $"{what} is required: pass a value, not null.");

    /// <summary>An EMR bid price: the literal <c>OnDemandPrice</c> or a positive USD amount such as <c>0.25</c>.</summary>
    public static string BidPrice(string? value, string parameter)
    {
        NonEmpty(value, parameter, "The bid price");
        if (value == EmrDsl.BidPrice.OnDemandPrice)
        {
            return value;
        }

        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd) || usd <= 0)
        {
            throw new ArgumentException(
                $"The bid price '{value}' is neither '{EmrDsl.BidPrice.OnDemandPrice}' nor a positive USD amount. Write it as \"0.25\" (invariant, '.' decimal point) or use BidPrice.OnDemandPrice.",
                parameter);
        }

        return value!;
    }

    public static string BidPrice(decimal usd, string parameter)
    {
        if (usd <= 0)
        {
            throw new ArgumentOutOfRangeException(parameter, usd, $"A bid price must be a positive USD amount (got {usd.ToString(CultureInfo.InvariantCulture)}); to bid the on-demand price use BidPrice.OnDemandPrice.");
        }

        return usd.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A whole number of seconds within [min, max]; EMR takes durations as integer seconds.</summary>
    public static long Seconds(TimeSpan value, TimeSpan min, TimeSpan max, string parameter, string what)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be between {Describe(min)} and {Describe(max)} (got {Describe(value)}).");
        }

        if (value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentException($"{what} must be a whole number of seconds (got {Describe(value)}); EMR takes it in seconds. Write e.g. TimeSpan.FromMinutes(30).", parameter);
        }

        return value.Ticks / TimeSpan.TicksPerSecond;
    }

    private static string Describe(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>A JVM/Spark memory size such as <c>4g</c>, <c>512m</c> or <c>1073741824</c>.</summary>
    public static string MemorySize(string? value, string parameter, string what)
    {
        NonEmpty(value, parameter, what);
        var digits = value!.Length;
        while (digits > 0 && !char.IsDigit(value[digits - 1]))
        {
            digits--;
        }

        var unit = value.Substring(digits).ToLowerInvariant();
        var allDigits = digits > 0 && value.Substring(0, digits).TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Length == 0;
        if (!allDigits || (unit.Length > 0 && Array.IndexOf(MemoryUnits, unit) < 0))
        {
            throw new ArgumentException($"{what} '{value}' is not a size: write a whole number with an optional unit (k, m, g, t, or kb, mb, gb, tb), e.g. \"4g\".", parameter);
        }

        return value;
    }

    private static readonly string[] MemoryUnits = { "b", "k", "kb", "m", "mb", "g", "gb", "t", "tb", "p", "pb" };

    /// <summary>A release label such as <c>emr-7.2.0</c>.</summary>
    public static string ReleaseLabel(string? value, string parameter)
    {
        NonEmpty(value, parameter, "A release label");
        if (!value!.StartsWith("emr-", StringComparison.Ordinal) && !Model.TemplatePlaceholders.In(value))
        {
            throw new ArgumentException($"The release label '{value}' must start with 'emr-': write it as \"emr-7.2.0\" or use EmrRelease.Emr_7_2_0.", parameter);
        }

        return value;
    }

    /// <summary>A script location: an S3 URI, or a <c>file:/</c> path to a script already on the node.</summary>
    public static string ScriptPath(string? value, string parameter) =>
        value is not null && value.StartsWith("file:/", StringComparison.Ordinal) ? value : S3Uri(value, parameter, "The script path");
}
