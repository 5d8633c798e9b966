using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Serverless;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Serverless;

/// <summary>
/// EMR Serverless sizes as the DSL calls that make them (<c>Cpu.VCpus(4)</c>), for text <see cref="SizeNotation"/> reads
/// back unchanged (<c>4 vCPU</c>, <c>16 GB</c>); any other spelling the API allows stays a raw string.
/// </summary>
internal static class ServerlessSizes
{
    public static (Token Code, Cpu Value)? Cpu(string? text) =>
        SizeNotation.TryParse(text, out Cpu cpu) ? (new Token($"Cpu.VCpus({I(cpu.Count).Text})"), cpu) : null;

    public static (Token Code, Memory Value)? Memory(string? text) =>
        SizeNotation.TryParse(text, out Memory memory) ? (new Token($"Memory.Gigabytes({I(memory.TotalMegabytes / 1024).Text})"), memory) : null;

    public static (Token Code, Disk Value)? Disk(string? text) =>
        SizeNotation.TryParse(text, out Disk disk) ? (new Token($"Disk.Gigabytes({I(disk.TotalGigabytes).Text})"), disk) : null;
}
