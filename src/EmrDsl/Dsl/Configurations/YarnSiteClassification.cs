using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>yarn-site</c> classification (yarn-site.xml).</summary>
public sealed class YarnSiteClassification : ClassificationBuilder<YarnSiteClassification>
{
    public const string Name = "yarn-site";

    internal YarnSiteClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private YarnSiteClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary><c>yarn.nodemanager.vmem-check-enabled</c>: kill containers that exceed their virtual memory.</summary>
    public YarnSiteClassification VirtualMemoryCheck(bool enabled) => Set("yarn.nodemanager.vmem-check-enabled", enabled);

    /// <summary><c>yarn.nodemanager.pmem-check-enabled</c>: kill containers that exceed their physical memory.</summary>
    public YarnSiteClassification PhysicalMemoryCheck(bool enabled) => Set("yarn.nodemanager.pmem-check-enabled", enabled);

    private protected override YarnSiteClassification Create(ConfigurationSpec spec) => new(spec);
}
