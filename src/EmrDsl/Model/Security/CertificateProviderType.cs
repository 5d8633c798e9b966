using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>CertificateProviderType</c> values of a security configuration's <c>TLSCertificateConfiguration</c>.</summary>
public enum CertificateProviderType
{
    /// <summary>Amazon EMR creates and manages the certificates (its CA certificate goes to AWS Secrets Manager).</summary>
    [ApiValue("EMR")]
    Emr,

    /// <summary>PEM files (privateKey.pem, certificateChain.pem, optional trustedCertificates.pem) in a zip on S3.</summary>
    [ApiValue("PEM")]
    Pem,

    /// <summary>A custom TLSArtifactsProvider class in a JAR on S3.</summary>
    [ApiValue("Custom")]
    Custom,
}
