using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>spark</c> classification: EMR's own Spark switches.</summary>
public sealed class SparkClassification : ClassificationBuilder<SparkClassification>
{
    public const string Name = "spark";

    internal SparkClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private SparkClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary><c>maximizeResourceAllocation</c>: size executors to use whole core/task nodes.</summary>
    public SparkClassification MaximizeResourceAllocation(bool enabled = true) => Set("maximizeResourceAllocation", enabled);

    private protected override SparkClassification Create(ConfigurationSpec spec) => new(spec);
}
