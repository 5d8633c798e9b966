using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>hadoop-env</c> classification: environment variables of Hadoop processes, written in its nested <c>export</c> block.</summary>
public sealed class HadoopEnvClassification : ClassificationBuilder<HadoopEnvClassification>
{
    public const string Name = "hadoop-env";

    internal HadoopEnvClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private HadoopEnvClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary>Exports an environment variable, e.g. <c>Export("HADOOP_DATANODE_HEAPSIZE", "2048")</c>.</summary>
    public HadoopEnvClassification Export(string variable, string value) => NestedProperty("export", variable, value);

    private protected override HadoopEnvClassification Create(ConfigurationSpec spec) => new(spec);
}
