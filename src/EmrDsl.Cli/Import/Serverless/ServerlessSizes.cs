using System.Globalization;
using System.Text.RegularExpressions;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Serverless;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Serverless;

/// <summary>EMR Serverless sizes read back into their typed form, in exactly the notation the DSL writes (<c>4 vCPU</c>, <c>16 GB</c>).</summary>
internal static class ServerlessSizes
{
    private static readonly Regex VCpus = new("^([1-9][0-9]{0,8}) vCPU$", RegexOptions.CultureInvariant);
    private static readonly Regex Gigabytes = new("^([1-9][0-9]{0,8}) GB$", RegexOptions.CultureInvariant);

    public static (Token Code, Cpu Value)? Cpu(string? text) =>
        Number(VCpus, text) is { } n ? (new Token($"Cpu.VCpus({I(n).Text})"), EmrDsl.Serverless.Cpu.VCpus(n)) : null;

    public static (Token Code, Memory Value)? Memory(string? text) =>
        Number(Gigabytes, text) is { } n ? (new Token($"Memory.Gigabytes({I(n).Text})"), EmrDsl.Memory.Gigabytes(n)) : null;

    public static (Token Code, Disk Value)? Disk(string? text) =>
        Number(Gigabytes, text) is { } n ? (new Token($"Disk.Gigabytes({I(n).Text})"), EmrDsl.Serverless.Disk.Gigabytes(n)) : null;

    private static int? Number(Regex pattern, string? text) =>
        text is not null && pattern.Match(text) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
}
