using System.Globalization;
using System.Text.RegularExpressions;

namespace EmrDsl.Rules;

/// <summary>Reads the size strings of EMR Serverless requests (<c>4 vCPU</c>, <c>16 GB</c>) as the API's patterns allow them.</summary>
internal static class ServerlessSizes
{
    private static readonly Regex Amount = new(@"^([1-9][0-9]*)\s?(vCPU|vcpu|VCPU|GB|gb|gB|Gb)?$", RegexOptions.CultureInvariant);

    public static bool TryParse(string? text, out long amount)
    {
        amount = 0;
        var match = text is null ? null : Amount.Match(text);
        return match is { Success: true } && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out amount);
    }
}
