using System;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>
    /// Uses a security configuration authored in the DSL: RunJobFlow's <c>SecurityConfiguration</c> becomes its name and
    /// the cluster keeps the document, so <see cref="ToSecurityConfigurationJson"/> can emit it for CreateSecurityConfiguration.
    /// </summary>
    public Cluster SecurityConfiguration(SecurityConfiguration document)
    {
        var spec = (document ?? throw new ArgumentNullException(nameof(document))).Spec;
        return new Cluster(Spec with { SecurityConfiguration = spec.Name }, spec);
    }

    /// <summary>The document of the security configuration authored with <see cref="SecurityConfiguration(EmrDsl.SecurityConfiguration)"/>.</summary>
    public string ToSecurityConfigurationJson()
    {
        var document = SecurityConfigurationDocument
            ?? throw new InvalidOperationException(
                $"The cluster '{Spec.Name}' has no authored security configuration. Add one with " +
                ".SecurityConfiguration(SecurityConfiguration.Create(\"name\").EncryptS3AtRest(S3Encryption.SseS3())).");

        if (Spec.SecurityConfiguration != document.Name)
        {
            throw new InvalidOperationException(
                $"The cluster '{Spec.Name}' refers to security configuration '{Spec.SecurityConfiguration}' but the authored document is " +
                $"'{document.Name}'. Attach the document again with .SecurityConfiguration(document), or drop it to refer by name only.");
        }

        // Qualified: inside Cluster the simple name is the SecurityConfiguration method.
        return global::EmrDsl.SecurityConfiguration.FromSpec(document).ToJson();
    }
}
