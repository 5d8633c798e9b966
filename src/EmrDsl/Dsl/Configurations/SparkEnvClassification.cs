using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>spark-env</c> classification: environment variables of Spark processes, written in its nested <c>export</c> block.</summary>
public sealed class SparkEnvClassification : ClassificationBuilder<SparkEnvClassification>
{
    public const string Name = "spark-env";

    internal SparkEnvClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private SparkEnvClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary>Exports an environment variable, e.g. <c>Export("PYSPARK_PYTHON", "/usr/bin/python3")</c>.</summary>
    public SparkEnvClassification Export(string variable, string value) => NestedProperty("export", variable, value);

    private protected override SparkEnvClassification Create(ConfigurationSpec spec) => new(spec);
}
