using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The <c>emrfs-site</c> classification: how EMRFS reads and writes S3.</summary>
public sealed class EmrfsSiteClassification : ClassificationBuilder<EmrfsSiteClassification>
{
    public const string Name = "emrfs-site";

    internal EmrfsSiteClassification()
        : base(new ConfigurationSpec { Classification = Name })
    {
    }

    private EmrfsSiteClassification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary><c>fs.s3.maxConnections</c>: the S3 connection pool size of EMRFS.</summary>
    public EmrfsSiteClassification MaxConnections(int connections) =>
        Set("fs.s3.maxConnections", Require.Positive(connections, nameof(connections), "The number of S3 connections"));

    private protected override EmrfsSiteClassification Create(ConfigurationSpec spec) => new(spec);
}
