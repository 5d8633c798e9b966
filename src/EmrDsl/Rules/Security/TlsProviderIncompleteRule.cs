using System;
using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR045: the in-transit certificate provider lacks what it needs: PEM without <c>S3Object</c> or with one that is not a
/// zip (it must hold privateKey.pem and certificateChain.pem); Custom without its JAR (<c>S3Object</c>) or
/// <c>CertificateProviderClass</c>. EMR Management Guide, "Providing certificates for encrypting data in transit".
/// </summary>
public sealed class TlsProviderIncompleteRule : SecurityConfigurationRule
{
    public TlsProviderIncompleteRule()
        : base(RuleIds.TlsProviderIncomplete, "TLS certificate provider without its certificates", FindingSeverity.Error, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.TlsCertificateConfiguration is not { } tls)
        {
            yield break;
        }

        var s3Object = Member(TlsCertificates, "S3Object");
        switch (tls.CertificateProviderType)
        {
            case CertificateProviderType.Pem when string.IsNullOrWhiteSpace(tls.S3Object):
                yield return Report(s3Object, "TLSCertificateConfiguration uses the PEM provider but names no S3Object. Set S3Object to the s3:// path of a zip holding privateKey.pem and certificateChain.pem (in the DSL: Tls.PemFromS3(\"s3://bucket/certs.zip\")).");
                break;
            case CertificateProviderType.Pem when !tls.S3Object!.EndsWith(".zip", StringComparison.OrdinalIgnoreCase):
                yield return Report(s3Object, $"TLSCertificateConfiguration uses the PEM provider with S3Object '{tls.S3Object}', which is not a zip file. Point it at a zip holding privateKey.pem and certificateChain.pem.");
                break;
            case CertificateProviderType.Custom:
                if (string.IsNullOrWhiteSpace(tls.S3Object))
                {
                    yield return Report(s3Object, "TLSCertificateConfiguration uses the Custom provider but names no S3Object, the JAR holding the TLSArtifactsProvider. Set S3Object to its s3:// path.");
                }

                if (string.IsNullOrWhiteSpace(tls.CertificateProviderClass))
                {
                    yield return Report(Member(TlsCertificates, "CertificateProviderClass"), "TLSCertificateConfiguration uses the Custom provider but names no CertificateProviderClass. Set it to the full name of your TLSArtifactsProvider class (in the DSL: Tls.Custom(jar, className)).");
                }

                break;
        }
    }
}
