using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR041: the document's <c>EnableInTransitEncryption</c> switch is off (or absent), so traffic between nodes and
/// to applications is not TLS-encrypted (Security Hub EMR.4; Trivy AVD-AWS-0138).
/// </summary>
public sealed class InTransitEncryptionOffRule : SecurityConfigurationRule
{
    public InTransitEncryptionOffRule()
        : base(RuleIds.InTransitEncryptionOff, "In-transit encryption switched off", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.EnableInTransitEncryption)
        {
            yield break;
        }

        var ignored = spec.TlsCertificateConfiguration is not null ? " TLSCertificateConfiguration is present but ignored while the switch is off." : string.Empty;
        var state = spec.DeclaredInTransitEncryption == false ? "is false" : "is not set";
        yield return Report(
            EnableInTransit,
            $"EnableInTransitEncryption {state}, so data moving between nodes and to applications is not TLS-encrypted.{ignored} " +
            "Set it to true with an InTransitEncryptionConfiguration.TLSCertificateConfiguration (in the DSL: .EncryptInTransit(Tls.EmrManaged()) or Tls.PemFromS3(\"s3://bucket/certs.zip\")).");
    }
}
