namespace EmrDsl.Model;

/// <summary>The <c>TLSCertificateConfiguration</c> object: where in-transit encryption gets its certificates.</summary>
public sealed record TlsCertificateConfigurationSpec
{
    public CertificateProviderType CertificateProviderType { get; init; }

    /// <summary>PEM: the zip with the certificates; Custom: the JAR with the provider (s3:// path or S3 ARN).</summary>
    public string? S3Object { get; init; }

    /// <summary>Custom only: the TLSArtifactsProvider implementation's full class name.</summary>
    public string? CertificateProviderClass { get; init; }

    /// <summary>EMR only: the KMS key for the CA certificate secret in AWS Secrets Manager.</summary>
    public string? AwsKmsKey { get; init; }

    /// <summary>EMR only: tags for that secret.</summary>
    public EquatableArray<MapEntry> SecretTags { get; init; }

    /// <summary>EMR only: how long the created certificates stay valid (AWS defaults to 20 years).</summary>
    public int? ValidityInDays { get; init; }

    /// <summary>EMR only: a domain added with a wildcard prefix to the certificates' SAN list.</summary>
    public string? WildcardDnsSuffix { get; init; }
}
