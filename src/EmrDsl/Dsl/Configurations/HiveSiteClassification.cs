using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>hive-site</c> classification (hive-site.xml).</summary>
public sealed class HiveSiteClassification : ClassificationBuilder<HiveSiteClassification>
{
    public const string Name = "hive-site";

    internal HiveSiteClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private HiveSiteClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary>The metastore client factory that makes Hive use the AWS Glue Data Catalog.</summary>
    public const string GlueCatalogClientFactory = "com.amazonaws.glue.catalog.metastore.AWSGlueDataCatalogHiveClientFactory";

    /// <summary>Uses the AWS Glue Data Catalog as the Hive metastore.</summary>
    public HiveSiteClassification GlueCatalog() => Set("hive.metastore.client.factory.class", GlueCatalogClientFactory);

    private protected override HiveSiteClassification Create(ConfigurationSpec spec) => new(spec);
}
