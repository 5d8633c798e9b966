using System;

namespace EmrDsl;

/// <summary>
/// Argument checks shared by the DSL. They reject values that can never be right (empty names, negative
/// counts, malformed URIs) at the call that wrote them; limits that depend on the whole definition
/// are findings of <c>Validate()</c> instead.
/// </summary>
internal static partial class Require
{
    public const int MaxNameLength = 256;

    public static string Name(string? value, string parameter)
    {
        if (value is null || value.Trim().Length == 0)
        {
            throw new ArgumentException("A name is required: pass a non-empty string.", parameter);
        }

        if (value.Length > MaxNameLength)
        {
            throw new ArgumentException($"The name is {value.Length} characters long; EMR allows at most {MaxNameLength}.", parameter);
        }

        return value;
    }

    public static string NonEmpty(string? value, string parameter, string what)
    {
        if (value is null || value.Trim().Length == 0)
        {
            throw new ArgumentException($"{what} is required: pass a non-empty string.", parameter);
        }

        return value;
    }

    /// <summary>An optional string: absent stays absent, present must not be blank.</summary>
    public static string? NonEmptyIfGiven(string? value, string parameter, string what) =>
        value is null ? null : NonEmpty(value, parameter, what);

    public static int NonNegative(int value, string parameter, string what)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} cannot be negative (got {value}).");
        }

        return value;
    }

    public static int Positive(int value, string parameter, string what)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be at least 1 (got {value}).");
        }

        return value;
    }

    /// <summary>An S3 location such as <c>s3://bucket/prefix/</c> (also accepts <c>s3n://</c> and <c>s3a://</c>).</summary>
    public static string S3Uri(string? value, string parameter, string what)
    {
        NonEmpty(value, parameter, what);
        if (!S3Location.IsValid(value!, out var problem))
        {
            throw new ArgumentException($"{what} '{value}' is not an S3 URI: {problem}. Write it as s3://bucket/key.", parameter);
        }

        return value!;
    }
}
