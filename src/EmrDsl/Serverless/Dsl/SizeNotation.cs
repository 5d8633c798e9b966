using System.Globalization;
using System.Text.RegularExpressions;

namespace EmrDsl.Serverless;

/// <summary>
/// The one reader of EMR Serverless size strings (<c>CpuSize</c>, <c>MemorySize</c>, <c>DiskSize</c>): a positive whole
/// number, an optional space, then the unit the service model's pattern allows (<c>vCPU</c>, <c>vcpu</c> or <c>VCPU</c>;
/// <c>GB</c>, <c>gb</c>, <c>gB</c> or <c>Gb</c>, required for a disk). The rules read amounts with it; the importer reads
/// back a <see cref="Cpu"/>, <see cref="Memory"/> or <see cref="Disk"/> only from text written exactly as they write it.
/// </summary>
internal static class SizeNotation
{
    private static readonly Regex CpuSize = new(@"^([1-9][0-9]*)\s?(?:vCPU|vcpu|VCPU)?\z", RegexOptions.CultureInvariant);
    private static readonly Regex MemorySize = new(@"^([1-9][0-9]*)\s?(?:GB|gb|gB|Gb)?\z", RegexOptions.CultureInvariant);
    private static readonly Regex DiskSize = new(@"^([1-9][0-9]*)\s?(?:GB|gb|gB|Gb)\z", RegexOptions.CultureInvariant);

    /// <summary>The vCPUs of a <c>CpuSize</c> (<c>4 vCPU</c>, <c>4vcpu</c>, <c>4</c>).</summary>
    public static bool TryReadVCpus(string? text, out long vcpus) => TryRead(CpuSize, text, out vcpus);

    /// <summary>The gigabytes of a <c>MemorySize</c> (<c>16 GB</c>, <c>16gb</c>, <c>16</c>).</summary>
    public static bool TryReadMemoryGigabytes(string? text, out long gigabytes) => TryRead(MemorySize, text, out gigabytes);

    /// <summary>The gigabytes of a <c>DiskSize</c> (<c>20 GB</c>, <c>20gb</c>; the unit is required).</summary>
    public static bool TryReadDiskGigabytes(string? text, out long gigabytes) => TryRead(DiskSize, text, out gigabytes);

    /// <summary>The typed size of text written as <see cref="Cpu.ToString"/> writes it (<c>4 vCPU</c>), so it writes back unchanged.</summary>
    public static bool TryParse(string? text, out Cpu cpu)
    {
        cpu = TryReadVCpus(text, out var vcpus) && vcpus <= int.MaxValue ? Cpu.VCpus((int)vcpus) : default;
        return cpu.Count > 0 && cpu.ToString() == text;
    }

    /// <summary>The typed size of text written as <see cref="Memory.ToString"/> writes whole gigabytes (<c>16 GB</c>).</summary>
    public static bool TryParse(string? text, out Memory memory)
    {
        memory = TryReadMemoryGigabytes(text, out var gigabytes) && gigabytes <= int.MaxValue ? Memory.Gigabytes((int)gigabytes) : default;
        return memory.TotalMegabytes > 0 && memory.ToString() == text;
    }

    /// <summary>The typed size of text written as <see cref="Disk.ToString"/> writes it (<c>20 GB</c>).</summary>
    public static bool TryParse(string? text, out Disk disk)
    {
        disk = TryReadDiskGigabytes(text, out var gigabytes) && gigabytes <= int.MaxValue ? Disk.Gigabytes((int)gigabytes) : default;
        return disk.TotalGigabytes > 0 && disk.ToString() == text;
    }

    private static bool TryRead(Regex pattern, string? text, out long amount)
    {
        amount = 0;
        var match = text is null ? null : pattern.Match(text);
        return match is { Success: true } && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out amount);
    }
}
