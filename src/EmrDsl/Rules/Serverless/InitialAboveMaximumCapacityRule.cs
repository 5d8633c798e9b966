using System.Collections.Generic;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>EMR102: pre-initialized capacity above the maximum capacity cannot be started.</summary>
public sealed class InitialAboveMaximumCapacityRule : ServerlessRule
{
    public InitialAboveMaximumCapacityRule()
        : base(RuleIds.InitialAboveMaximumCapacity, "Initial capacity above maximum capacity", FindingSeverity.Error, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> CheckApplication(ServerlessApplicationSpec application, RuleContext context)
    {
        if (application.MaximumCapacity is not { } max || application.InitialCapacity.IsEmpty)
        {
            yield break;
        }

        long cpu = 0, memory = 0, disk = 0;
        foreach (var entry in application.InitialCapacity)
        {
            var workers = entry.Value.WorkerCount ?? 0;
            var worker = entry.Value.WorkerConfiguration;
            cpu += workers * (SizeNotation.TryReadVCpus(worker?.Cpu, out var c) ? c : 0);
            memory += workers * (SizeNotation.TryReadMemoryGigabytes(worker?.Memory, out var m) ? m : 0);

            // A worker without a disk size gets the documented default, the smallest disk.
            disk += workers * (SizeNotation.TryReadDiskGigabytes(worker?.Disk, out var d) ? d : WorkerSizes.MinDiskGigabytes);
        }

        var totals = new[]
        {
            ("cpu", cpu, max.Cpu, SizeNotation.TryReadVCpus(max.Cpu, out var cpuLimit) ? cpuLimit : (long?)null, "vCPU"),
            ("memory", memory, max.Memory, SizeNotation.TryReadMemoryGigabytes(max.Memory, out var memoryLimit) ? memoryLimit : (long?)null, "GB"),
            ("disk", disk, max.Disk, SizeNotation.TryReadDiskGigabytes(max.Disk, out var diskLimit) ? diskLimit : (long?)null, "GB"),
        };
        foreach (var (name, initial, maximum, limit, unit) in totals)
        {
            if (initial > limit)
            {
                yield return Report(
                    "maximumCapacity." + name,
                    $"The initial capacity needs {initial} {unit} of {name} in total but the maximum capacity is {maximum}, so the application cannot start its pre-initialized workers. Raise maximumCapacity.{name} to at least {initial} {unit} or pre-initialize fewer workers.");
            }
        }
    }
}
