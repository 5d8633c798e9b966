using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>spark-defaults</c> classification (spark-defaults.conf), with typed members for the usual settings.</summary>
public sealed partial class SparkDefaultsClassification : ClassificationBuilder<SparkDefaultsClassification>
{
    public const string Name = "spark-defaults";

    internal SparkDefaultsClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private SparkDefaultsClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary><c>spark.sql.adaptive.enabled</c>: adaptive query execution.</summary>
    public SparkDefaultsClassification AdaptiveExecution(bool enabled = true) => Set("spark.sql.adaptive.enabled", enabled);

    /// <summary><c>spark.sql.adaptive.skewJoin.enabled</c>: split skewed partitions in sort-merge joins.</summary>
    public SparkDefaultsClassification SkewJoin(bool enabled = true) => Set("spark.sql.adaptive.skewJoin.enabled", enabled);

    /// <summary><c>spark.sql.shuffle.partitions</c>.</summary>
    public SparkDefaultsClassification ShufflePartitions(int partitions) =>
        Set("spark.sql.shuffle.partitions", Require.Positive(partitions, nameof(partitions), "The number of shuffle partitions"));

    /// <summary><c>spark.sql.files.maxPartitionBytes</c> as a size such as <c>"128m"</c>.</summary>
    public SparkDefaultsClassification MaxPartitionBytes(string size) =>
        Set("spark.sql.files.maxPartitionBytes", Require.MemorySize(size, nameof(size), "The maximum partition size"));

    /// <summary><c>spark.sql.files.maxPartitionBytes</c> in bytes.</summary>
    public SparkDefaultsClassification MaxPartitionBytes(long bytes) =>
        Set("spark.sql.files.maxPartitionBytes", Require.Positive(bytes, nameof(bytes), "The maximum partition size"));

    /// <summary><c>spark.sql.autoBroadcastJoinThreshold</c> as a size such as <c>"64m"</c>.</summary>
    public SparkDefaultsClassification AutoBroadcastJoinThreshold(string size) =>
        Set("spark.sql.autoBroadcastJoinThreshold", Require.MemorySize(size, nameof(size), "The broadcast join threshold"));

    /// <summary><c>spark.sql.autoBroadcastJoinThreshold</c> in bytes; -1 turns broadcast joins off.</summary>
    public SparkDefaultsClassification AutoBroadcastJoinThreshold(long bytes) =>
        Set("spark.sql.autoBroadcastJoinThreshold", Require.AtLeast(bytes, -1, nameof(bytes), "The broadcast join threshold (-1 turns it off)"));

    /// <summary><c>spark.executor.memory</c>, in the same <see cref="Memory"/> units as spark-submit steps.</summary>
    public SparkDefaultsClassification ExecutorMemory(Memory memory) => Set("spark.executor.memory", memory.ToSparkSize());

    /// <summary><c>spark.executor.cores</c>.</summary>
    public SparkDefaultsClassification ExecutorCores(int cores) =>
        Set("spark.executor.cores", Require.Positive(cores, nameof(cores), "The number of executor cores"));

    /// <summary><c>spark.executor.instances</c>.</summary>
    public SparkDefaultsClassification ExecutorInstances(int instances) =>
        Set("spark.executor.instances", Require.Positive(instances, nameof(instances), "The number of executors"));

    /// <summary><c>spark.driver.memory</c>, in the same <see cref="Memory"/> units as spark-submit steps.</summary>
    public SparkDefaultsClassification DriverMemory(Memory memory) => Set("spark.driver.memory", memory.ToSparkSize());

    /// <summary><c>spark.driver.cores</c>.</summary>
    public SparkDefaultsClassification DriverCores(int cores) =>
        Set("spark.driver.cores", Require.Positive(cores, nameof(cores), "The number of driver cores"));

    /// <summary><c>spark.dynamicAllocation.enabled</c> and, when given, its executor bounds.</summary>
    public SparkDefaultsClassification DynamicAllocation(bool enabled = true, int? minExecutors = null, int? maxExecutors = null, int? initialExecutors = null)
    {
        var result = Set("spark.dynamicAllocation.enabled", enabled);
        result = SetIfGiven(result, "spark.dynamicAllocation.minExecutors", Require.NonNegative(minExecutors, nameof(minExecutors), "The minimum number of executors"));
        result = SetIfGiven(result, "spark.dynamicAllocation.maxExecutors", Require.Positive(maxExecutors, nameof(maxExecutors), "The maximum number of executors"));
        return SetIfGiven(result, "spark.dynamicAllocation.initialExecutors", Require.NonNegative(initialExecutors, nameof(initialExecutors), "The initial number of executors"));
    }

    private static SparkDefaultsClassification SetIfGiven(SparkDefaultsClassification builder, string key, int? value) =>
        value is { } v ? builder.Set(key, v) : builder;

    private protected override SparkDefaultsClassification Create(ConfigurationSpec spec) => new(spec);
}
