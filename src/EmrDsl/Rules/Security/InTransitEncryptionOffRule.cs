using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR041: the document's <c>EnableInTransitEncryption</c> switch is off (or absent), so traffic between nodes and
/// to applications is not TLS-encrypted (AWS Config emr-security-configuration-encryption-transit).
/// </summary>
public sealed class InTransitEncryptionOffRule : EncryptionSwitchOffRule
{
    public InTransitEncryptionOffRule()
        : base(RuleIds.InTransitEncryptionOff, "In-transit encryption switched off", EnableInTransit)
    {
    }

    private protected override string Consequence => "data moving between nodes and to applications is not TLS-encrypted";

    private protected override string Fix =>
        "Set it to true with an InTransitEncryptionConfiguration.TLSCertificateConfiguration (in the DSL: .EncryptInTransit(Tls.EmrManaged()) or Tls.PemFromS3(\"s3://bucket/certs.zip\")).";

    private protected override (bool Enabled, bool? Declared, bool SectionPresent, string Section) Switch(SecurityConfigurationSpec spec) =>
        (spec.EnableInTransitEncryption, spec.DeclaredInTransitEncryption, spec.TlsCertificateConfiguration is not null, "TLSCertificateConfiguration");
}
