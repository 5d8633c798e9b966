using System;
using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Containers.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>
/// EMR052: driver or executor pods Kubernetes cannot run. From the request alone: a CPU limit
/// (<c>spark.kubernetes.{role}.limit.cores</c>) below the CPU the pod requests, which Kubernetes refuses when it creates
/// the pod. With the namespace's node size given (<see cref="RuleContext.EksNodeSize"/>): a pod that asks for more CPU or
/// memory (heap plus overhead) than one node has, which stays Pending.
/// </summary>
public sealed class SparkPodSizingRule : EksRule
{
    /// <summary>Spark's minimum memory overhead for a pod, in MiB.</summary>
    private const double MinOverheadMebibytes = 384;

    /// <summary>Spark's default overhead factor for JVM jobs; PySpark pods may get more, so this is the least a pod asks for.</summary>
    private const double DefaultOverheadFactor = 0.1;

    public SparkPodSizingRule()
        : base(RuleIds.SparkPodSizing, "Spark pods Kubernetes cannot run", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(EksJobRunSpec jobRun, RuleContext context)
    {
        var properties = EksSparkProperties.Of(jobRun);
        var fallbackPath = properties.ParametersPath ?? "jobDriver";
        foreach (var role in new[] { "driver", "executor" })
        {
            foreach (var finding in Check(role, properties, fallbackPath, context.EksNodeSize))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Check(string role, EksSparkProperties properties, string fallbackPath, EksNodeSize? node)
    {
        // Spark on Kubernetes requests spark.kubernetes.{role}.request.cores when set, else spark.{role}.cores (default 1).
        var requestName = properties.Find($"spark.kubernetes.{role}.request.cores") is not null ? $"spark.kubernetes.{role}.request.cores" : $"spark.{role}.cores";
        var requestFound = properties.Find(requestName);
        if (!TryCpu(requestFound?.Value ?? "1", out var cores))
        {
            yield break;
        }

        var requestText = requestFound is null ? $"1 CPU (spark.{role}.cores' default)" : $"{Number(cores)} CPU ({requestName}={requestFound.Value.Value})";
        if (properties.Find($"spark.kubernetes.{role}.limit.cores") is { } limit && TryCpu(limit.Value, out var limitCores) && limitCores < cores)
        {
            yield return Report(limit.Path, $"spark.kubernetes.{role}.limit.cores={limit.Value} is below the {requestText} each {role} pod requests, and Kubernetes refuses a pod whose CPU limit is below its request. Raise the limit to at least {Number(cores)} or lower {requestName}.");
        }

        if (node is null)
        {
            yield break;
        }

        if (cores > node.VCpus)
        {
            yield return Report(requestFound?.Path ?? fallbackPath, $"Each {role} pod requests {requestText}, more than a node of the namespace has ({node.VCpus.ToString(CultureInfo.InvariantCulture)} vCPU allocatable, {RuleContext.EksNodeSizeKey}), so it stays Pending. Lower the cores or run on larger nodes.");
        }

        var memory = properties.Find($"spark.{role}.memory");
        if (!TryMebibytes(memory?.Value ?? "1g", out var heap))
        {
            yield break;
        }

        var overheadSetting = properties.Find($"spark.{role}.memoryOverhead");
        double overhead;
        if (overheadSetting is { } explicitOverhead)
        {
            if (!TryMebibytes(explicitOverhead.Value, out overhead))
            {
                yield break;
            }
        }
        else
        {
            var factorText = properties.Find($"spark.{role}.memoryOverheadFactor")?.Value ?? properties.Find("spark.kubernetes.memoryOverheadFactor")?.Value;
            var factor = factorText is not null && double.TryParse(factorText, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : DefaultOverheadFactor;
            overhead = Math.Max(MinOverheadMebibytes, factor * heap);
        }

        var nodeMebibytes = node.MemoryGibibytes * 1024;
        if (heap + overhead > nodeMebibytes)
        {
            yield return Report(
                memory?.Path ?? overheadSetting?.Path ?? fallbackPath,
                $"Each {role} pod asks for {Number(Math.Ceiling(heap + overhead))} MiB (spark.{role}.memory {memory?.Value ?? "1g"} plus {Number(Math.Ceiling(overhead))} MiB overhead), more than a node of the namespace has ({Number(Math.Floor(nodeMebibytes))} MiB allocatable, {RuleContext.EksNodeSizeKey}), so it stays Pending. Lower spark.{role}.memory or run on larger nodes.");
        }
    }

    /// <summary>A Kubernetes CPU quantity as Spark passes it on: <c>2</c>, <c>0.5</c> or <c>500m</c>.</summary>
    private static bool TryCpu(string text, out double cores)
    {
        var trimmed = text.Trim();
        var milli = trimmed.EndsWith("m", StringComparison.Ordinal);
        var parsed = double.TryParse(milli ? trimmed.Substring(0, trimmed.Length - 1) : trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out cores);
        cores = milli ? cores / 1000 : cores;
        return parsed && cores > 0;
    }

    /// <summary>A Spark memory size in MiB: a bare number is MiB (as Spark reads spark.*.memory), else a size with a unit (<c>4g</c>, <c>512m</c>).</summary>
    private static bool TryMebibytes(string text, out double mebibytes)
    {
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var bare))
        {
            mebibytes = bare;
            return true;
        }

        var parsed = ByteSize.TryParse(text, out var bytes) && bytes > 0;
        mebibytes = parsed ? (double)bytes / ByteSize.MiB : 0;
        return parsed;
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
