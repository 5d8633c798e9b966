using System.Globalization;

namespace EmrDsl.Rules.Support;

/// <summary>Spark's byte-size strings: <c>134217728</c>, <c>128m</c>, <c>1g</c>, <c>10MB</c>.</summary>
internal static class ByteSize
{
    public const long MiB = 1024L * 1024;
    public const long GiB = 1024L * MiB;

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.Trim().ToLowerInvariant();
        var digits = 0;
        while (digits < trimmed.Length && (char.IsDigit(trimmed[digits]) || (digits == 0 && trimmed[0] == '-')))
        {
            digits++;
        }

        if (!long.TryParse(trimmed.Substring(0, digits), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        long? multiplier = trimmed.Substring(digits) switch
        {
            "" or "b" => 1,
            "k" or "kb" => 1024,
            "m" or "mb" => MiB,
            "g" or "gb" => GiB,
            "t" or "tb" => 1024 * GiB,
            _ => null,
        };

        if (multiplier is null)
        {
            return false;
        }

        bytes = number * multiplier.Value;
        return true;
    }
}
