using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Serverless;

/// <summary>
/// The worker configurations EMR Serverless supports: 1, 2, 4, 8 or 16 vCPU, each with its own memory range,
/// and 20 to 200 GB of ephemeral disk. The DSL rejects other sizes where they are written; rules use the same
/// table to check Spark driver and executor sizing.
/// </summary>
public static class WorkerSizes
{
    public const int MinDiskGigabytes = 20;
    public const int MaxDiskGigabytes = 200;

    public static IReadOnlyList<WorkerSize> Supported { get; } = new[]
    {
        new WorkerSize(1, 2, 8, 1),
        new WorkerSize(2, 4, 16, 1),
        new WorkerSize(4, 8, 30, 1),
        new WorkerSize(8, 16, 60, 4),
        new WorkerSize(16, 32, 120, 8),
    };

    /// <summary>The configuration for <paramref name="vcpus"/>, or null when no worker has that many.</summary>
    public static WorkerSize? ForVCpus(int vcpus) => Supported.FirstOrDefault(s => s.VCpus == vcpus);

    /// <summary>Why no worker has this cpu and memory, or null when one does.</summary>
    public static string? Problem(Cpu cpu, Memory memory)
    {
        var size = ForVCpus(cpu.Count);
        if (size is null)
        {
            return $"no EMR Serverless worker has {cpu}; workers have {string.Join(", ", Supported.Select(s => s.VCpus))} vCPU";
        }

        if (!memory.IsWholeGigabytes)
        {
            return $"worker memory is set in whole gigabytes, not {memory}";
        }

        var gigabytes = (int)(memory.TotalMegabytes / 1024);
        return size.Allows(gigabytes) ? null : $"{memory} does not fit a {cpu} worker: {size.Describe()}";
    }

    /// <summary>Why no worker has this disk, or null when it fits.</summary>
    public static string? Problem(Disk disk) =>
        disk.TotalGigabytes >= MinDiskGigabytes && disk.TotalGigabytes <= MaxDiskGigabytes
            ? null
            : $"worker disk is {MinDiskGigabytes} to {MaxDiskGigabytes} GB, not {disk}";
}
