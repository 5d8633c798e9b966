using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR040: the document's <c>EnableAtRestEncryption</c> switch is off (or absent), so EMR encrypts neither EMRFS data in
/// S3 nor local disks, whatever <c>AtRestEncryptionConfiguration</c> says (AWS Config emr-security-configuration-encryption-rest).
/// </summary>
public sealed class AtRestEncryptionOffRule : EncryptionSwitchOffRule
{
    public AtRestEncryptionOffRule()
        : base(RuleIds.AtRestEncryptionOff, "At-rest encryption switched off", EnableAtRest)
    {
    }

    private protected override string Consequence => "EMRFS data in S3 and the nodes' local disks are not encrypted at rest";

    private protected override string Fix =>
        "Set it to true with an AtRestEncryptionConfiguration (in the DSL: .EncryptS3AtRest(S3Encryption.SseKms(keyArn)) and .EncryptLocalDisk(LocalDiskEncryption.Kms(keyArn).WithEbsEncryption())).";

    private protected override (bool Enabled, bool? Declared, bool SectionPresent, string Section) Switch(SecurityConfigurationSpec spec) =>
        (spec.EnableAtRestEncryption, spec.DeclaredAtRestEncryption,
         spec.S3EncryptionConfiguration is not null || spec.LocalDiskEncryptionConfiguration is not null, "AtRestEncryptionConfiguration");
}
