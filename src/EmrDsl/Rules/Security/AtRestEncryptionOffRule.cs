using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR040: the document's <c>EnableAtRestEncryption</c> switch is off (or absent), so EMR encrypts neither EMRFS data in
/// S3 nor local disks, whatever <c>AtRestEncryptionConfiguration</c> says (Security Hub EMR.3; Trivy AVD-AWS-0137).
/// </summary>
public sealed class AtRestEncryptionOffRule : SecurityConfigurationRule
{
    public AtRestEncryptionOffRule()
        : base(RuleIds.AtRestEncryptionOff, "At-rest encryption switched off", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.EnableAtRestEncryption)
        {
            yield break;
        }

        var ignored = spec.S3EncryptionConfiguration is not null || spec.LocalDiskEncryptionConfiguration is not null
            ? " AtRestEncryptionConfiguration is present but ignored while the switch is off."
            : string.Empty;
        var state = spec.DeclaredAtRestEncryption == false ? "is false" : "is not set";
        yield return Report(
            EnableAtRest,
            $"EnableAtRestEncryption {state}, so EMRFS data in S3 and the nodes' local disks are not encrypted at rest.{ignored} " +
            "Set it to true with an AtRestEncryptionConfiguration (in the DSL: .EncryptS3AtRest(S3Encryption.SseKms(keyArn)) and .EncryptLocalDisk(LocalDiskEncryption.Kms(keyArn).WithEbsEncryption())).");
    }
}
