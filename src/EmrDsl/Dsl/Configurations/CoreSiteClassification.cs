using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>core-site</c> classification (Hadoop core-site.xml).</summary>
public sealed class CoreSiteClassification : ClassificationBuilder<CoreSiteClassification>
{
    public const string Name = "core-site";

    internal CoreSiteClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private CoreSiteClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    private protected override CoreSiteClassification Create(ConfigurationSpec spec) => new(spec);
}
