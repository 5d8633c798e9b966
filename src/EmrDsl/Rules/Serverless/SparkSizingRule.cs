using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR103: driver or executor sizes in sparkSubmitParameters that no EMR Serverless worker can hold, or that do not
/// match the application's pre-initialized workers (so the job cannot use them).
/// </summary>
public sealed class SparkSizingRule : ServerlessRule
{
    private const string Path = "jobDriver.sparkSubmit.sparkSubmitParameters";
    private const long MinOverheadMegabytes = 384;

    public SparkSizingRule()
        : base(RuleIds.ServerlessSparkSizing, "Spark sizing no worker fits", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(ServerlessJobRunSpec jobRun, ServerlessApplicationSpec? application, RuleContext context)
    {
        var parameters = jobRun.JobDriver?.SparkSubmit?.SparkSubmitParameters;
        if (parameters is null)
        {
            return Enumerable.Empty<Finding>();
        }

        var options = SparkOptions.Parse(parameters);
        return Check("driver", "Driver", options, application).Concat(Check("executor", "Executor", options, application)).ToArray();
    }

    private IEnumerable<Finding> Check(string role, string workerKind, SparkOptions options, ServerlessApplicationSpec? application)
    {
        var cores = options.Cores(role);
        var memoryMegabytes = options.MemoryMegabytes(role);
        var size = cores is { } c ? WorkerSizes.ForVCpus(c) : null;
        if (cores is { } count && size is null)
        {
            yield return Report(Path, $"spark.{role}.cores is {count}, but EMR Serverless workers have {string.Join(", ", WorkerSizes.Supported.Select(s => s.VCpus))} vCPU. Use one of those.");
            yield break;
        }

        // Spark adds memory overhead (10%, at least 384 MB) to the heap; the worker must hold both.
        var needed = memoryMegabytes is { } m ? (long)Math.Ceiling((m + Math.Max(MinOverheadMegabytes, m / 10)) / 1024.0) : (long?)null;
        var largest = size?.MaxMemoryGigabytes ?? WorkerSizes.Supported.Max(s => s.MaxMemoryGigabytes);
        if (needed > largest)
        {
            yield return Report(Path, $"spark.{role}.memory plus overhead needs {needed} GB, more than any {(size is null ? "" : size.VCpus + " vCPU ")}worker holds ({largest} GB). Lower the memory or use more cores per {role}.");
            yield break;
        }

        var initial = application?.InitialCapacity.FirstOrDefault(e => e.Key == workerKind)?.Value.WorkerConfiguration;
        if (initial is null)
        {
            yield break;
        }

        if (cores is { } wanted && SizeNotation.TryReadVCpus(initial.Cpu, out var workerCpu) && wanted != workerCpu)
        {
            yield return Report(Path, $"spark.{role}.cores is {wanted} but the application's pre-initialized {workerKind} workers have {initial.Cpu}, so the job cannot use them. Match the cores to the worker size.");
        }

        if (needed is { } gigabytes && SizeNotation.TryReadMemoryGigabytes(initial.Memory, out var workerMemory) && gigabytes > workerMemory)
        {
            yield return Report(Path, $"spark.{role}.memory plus overhead needs {gigabytes} GB but the application's pre-initialized {workerKind} workers have {initial.Memory}, so the job cannot use them. Lower the memory or enlarge the workers.");
        }
    }
}
