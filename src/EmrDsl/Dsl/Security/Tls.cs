using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Where in-transit (TLS) encryption gets its certificates (<c>TLSCertificateConfiguration</c>), one factory per
/// <c>CertificateProviderType</c>. Immutable.
/// </summary>
public sealed class Tls
{
    private Tls(TlsCertificateConfigurationSpec spec) => Spec = spec;

    public TlsCertificateConfigurationSpec Spec { get; }

    /// <summary>
    /// PEM: a zip on S3 (s3:// path or S3 ARN) holding privateKey.pem and certificateChain.pem, and optionally
    /// trustedCertificates.pem.
    /// </summary>
    public static Tls PemFromS3(string s3Object)
    {
        var zip = SecurityRequire.S3Object(s3Object, nameof(s3Object), "The PEM certificates zip");
        if (!zip.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"The PEM certificates object '{zip}' must be a zip file holding privateKey.pem and certificateChain.pem. Write it as s3://bucket/path/certs.zip.",
                nameof(s3Object));
        }

        return new Tls(new TlsCertificateConfigurationSpec { CertificateProviderType = CertificateProviderType.Pem, S3Object = zip });
    }

    /// <summary>Custom: your TLSArtifactsProvider, <paramref name="certificateProviderClass"/>, in the JAR at <paramref name="s3Object"/>.</summary>
    public static Tls Custom(string s3Object, string certificateProviderClass) => new(new TlsCertificateConfigurationSpec
    {
        CertificateProviderType = CertificateProviderType.Custom,
        S3Object = SecurityRequire.S3Object(s3Object, nameof(s3Object), "The certificate provider JAR"),
        CertificateProviderClass = SecurityRequire.JavaClassName(certificateProviderClass, nameof(certificateProviderClass), "The certificate provider class"),
    });

    /// <summary>
    /// EMR: Amazon EMR creates and manages the certificates and stores its CA certificate in AWS Secrets Manager.
    /// Optionally the KMS key for that secret, how many days the certificates stay valid (AWS defaults to 20 years)
    /// and a domain added as a wildcard to the certificates' SAN list.
    /// </summary>
    public static Tls EmrManaged(string? awsKmsKey = null, int? validityInDays = null, string? wildcardDnsSuffix = null) => new(new TlsCertificateConfigurationSpec
    {
        CertificateProviderType = CertificateProviderType.Emr,
        AwsKmsKey = awsKmsKey is null ? null : SecurityRequire.KmsKeyArn(awsKmsKey, nameof(awsKmsKey)),
        ValidityInDays = validityInDays is { } days ? Require.Positive(days, nameof(validityInDays), "The certificate validity in days") : null,
        WildcardDnsSuffix = wildcardDnsSuffix is null ? null : DnsSuffix(wildcardDnsSuffix, nameof(wildcardDnsSuffix)),
    });

    /// <summary>Tags the CA certificate secret Amazon EMR creates (<c>SecretTags</c>); EMR-managed certificates only.</summary>
    public Tls SecretTag(string key, string value)
    {
        if (Spec.CertificateProviderType != CertificateProviderType.Emr)
        {
            throw new InvalidOperationException(
                $"Secret tags apply only to EMR-managed certificates (this provider is {Spec.CertificateProviderType}). Use Tls.EmrManaged().SecretTag(key, value).");
        }

        Require.NonEmpty(key, nameof(key), "A secret tag key");
        return new Tls(Spec with { SecretTags = Spec.SecretTags.Add(new MapEntry(key, value ?? throw new ArgumentNullException(nameof(value)))) });
    }

    private static string DnsSuffix(string value, string parameter)
    {
        Require.NonEmpty(value, parameter, "The wildcard DNS suffix");
        if (value.StartsWith("*", StringComparison.Ordinal) || value.StartsWith(".", StringComparison.Ordinal) || value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"The wildcard DNS suffix '{value}' must be a bare domain; EMR adds the '*.' itself. Write it as mydomain.com.", parameter);
        }

        return value;
    }
}
