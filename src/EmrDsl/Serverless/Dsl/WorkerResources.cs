using System;
using System.Globalization;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless;

/// <summary>Turns typed sizes into the strings the EMR Serverless API takes (<c>2 vCPU</c>, <c>4 GB</c>, <c>20 GB</c>).</summary>
internal static class WorkerResources
{
    /// <summary>One worker's resources, checked against the documented worker configurations.</summary>
    public static WorkerResourceSpec Worker(Cpu cpu, Memory memory, Disk? disk)
    {
        var problem = WorkerSizes.Problem(cpu, memory);
        if (problem is not null)
        {
            throw new ArgumentException($"The worker size {cpu} / {memory} is not supported: {problem}. Pick a supported pair, for example cpu: Cpu.VCpus(2), memory: Memory.Gigabytes(4).", nameof(memory));
        }

        if (disk is { } d && WorkerSizes.Problem(d) is { } diskProblem)
        {
            throw new ArgumentOutOfRangeException(nameof(disk), d, $"The worker disk is not supported: {diskProblem}. Write it like Disk.Gigabytes(20).");
        }

        return new WorkerResourceSpec { Cpu = cpu.ToString(), Memory = memory.ToString(), Disk = disk?.ToString() };
    }

    /// <summary>A total (maximum capacity): any positive amount, memory in whole gigabytes.</summary>
    public static MaximumCapacitySpec Total(Cpu cpu, Memory memory, Disk? disk)
    {
        // default(Cpu) and default(Disk) hold zero, which the API's sizes cannot express.
        Require.Positive(cpu.Count, nameof(cpu), "The maximum vCPU");
        if (disk is { } d)
        {
            Require.Positive(d.TotalGigabytes, nameof(disk), "The maximum disk in gigabytes");
        }

        return new MaximumCapacitySpec { Cpu = cpu.ToString(), Memory = WholeGigabytes(memory, nameof(memory)), Disk = disk?.ToString() };
    }

    private static string WholeGigabytes(Memory memory, string parameter)
    {
        if (memory.TotalMegabytes <= 0 || !memory.IsWholeGigabytes)
        {
            throw new ArgumentException(
                $"EMR Serverless takes memory in whole gigabytes, not {memory}. Write it like Memory.Gigabytes({((memory.TotalMegabytes + 1023) / 1024).ToString(CultureInfo.InvariantCulture)}).",
                parameter);
        }

        return memory.ToString();
    }
}
