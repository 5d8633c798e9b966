using System;
using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>EMR005: spark-defaults that turn off Spark's skew handling or size partitions badly.</summary>
public sealed class SkewProneSparkSettingsRule : ClusterRule
{
    private const string SparkDefaults = "spark-defaults";
    private const long MinPartitionBytes = ByteSize.MiB;
    private const long MaxPartitionBytes = ByteSize.GiB;
    private const long MaxBroadcastBytes = ByteSize.GiB;

    public SkewProneSparkSettingsRule()
        : base(RuleIds.SkewProneSparkSettings, "Skew-prone Spark settings", FindingSeverity.Warning, RuleCategory.Performance)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var property in ConfigurationProperties.Properties(spec, SparkDefaults))
        {
            var message = Inspect(property.Value.Key, property.Value.Value.Trim(), spec);
            if (message is not null)
            {
                yield return Report(property.Path, message);
            }
        }
    }

    private static string? Inspect(string key, string value, ClusterSpec spec)
    {
        switch (key)
        {
            case "spark.sql.adaptive.enabled" when IsFalse(value):
                return "spark-defaults sets spark.sql.adaptive.enabled=false, which turns off adaptive query execution: skewed partitions are not split and shuffle partitions are not coalesced. Remove the setting or set it to true.";
            case "spark.sql.adaptive.skewJoin.enabled" when IsFalse(value):
                return "spark-defaults sets spark.sql.adaptive.skewJoin.enabled=false, so a join on a skewed key runs its largest partition in one task. Remove the setting or set it to true.";
            case "spark.sql.shuffle.partitions":
                // The cores are estimated only here, for the one check that needs them.
                return ShufflePartitions(value, ClusterCores.EstimateWorkerVCpus(spec));
            case "spark.sql.files.maxPartitionBytes":
                return ByteSize.TryParse(value, out var partition) && (partition < MinPartitionBytes || partition > MaxPartitionBytes)
                    ? $"spark-defaults sets spark.sql.files.maxPartitionBytes={value}: {(partition < MinPartitionBytes ? "tiny input splits flood the scheduler with tasks" : "huge input splits leave a few tasks doing most of the reading")}. Use a value between 64m and 512m (Spark's default is 128m)."
                    : null;
            case "spark.sql.autoBroadcastJoinThreshold":
                if (!ByteSize.TryParse(value, out var threshold))
                {
                    return null;
                }

                if (threshold < 0)
                {
                    return $"spark-defaults sets spark.sql.autoBroadcastJoinThreshold={value}, which disables broadcast joins cluster-wide: joins with small tables shuffle and skew on hot keys. Remove the setting (Spark's default is 10m) or disable broadcasting per query instead.";
                }

                return threshold > MaxBroadcastBytes
                    ? $"spark-defaults sets spark.sql.autoBroadcastJoinThreshold={value}: tables that large are collected on the driver and sent to every executor, risking out-of-memory failures. Use at most a few hundred MB (for example 100m; Spark's default is 10m)."
                    : null;
            default:
                return null;
        }
    }

    private static string? ShufflePartitions(string value, int? cores)
    {
        if (cores is not { } total || total == 0
            || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var partitions)
            || partitions * 2 >= total)
        {
            return null;
        }

        var better = (total * 2).ToString(CultureInfo.InvariantCulture);
        return $"spark-defaults sets spark.sql.shuffle.partitions={value}, far below the about {total.ToString(CultureInfo.InvariantCulture)} executor cores of the core and task nodes: most cores sit idle during shuffles and each partition is large, so skewed keys dominate. Use at least 2 partitions per core (spark.sql.shuffle.partitions={better}) or leave adaptive execution to coalesce them.";
    }

    private static bool IsFalse(string value) => string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
}
