using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR042: at-rest encryption is on but leaves the nodes' local disks, or their EBS volumes, unencrypted: no
/// <c>LocalDiskEncryptionConfiguration</c>, or one without <c>EnableEbsEncryption</c> (Trivy AVD-AWS-0139; checkov
/// CKV_AWS_349/CKV_AWS_350, unverified). From EMR 5.24.0 the security configuration encrypts EBS root device and storage
/// volumes only with <c>EnableEbsEncryption</c> and the AwsKms provider (EMR Management Guide, "Encryption options").
/// </summary>
public sealed class LocalDiskOrEbsUnencryptedRule : SecurityConfigurationRule
{
    public LocalDiskOrEbsUnencryptedRule()
        : base(RuleIds.LocalDiskOrEbsUnencrypted, "Local disks or EBS volumes not encrypted", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        // With the switch off EMR040 already reports that nothing at rest is encrypted.
        if (!spec.EnableAtRestEncryption)
        {
            yield break;
        }

        if (spec.LocalDiskEncryptionConfiguration is not { } disk)
        {
            yield return Report(
                LocalDisk,
                "AtRestEncryptionConfiguration has no LocalDiskEncryptionConfiguration, so the nodes' local disks and EBS volumes are not encrypted. " +
                "Add one with EncryptionKeyProviderType AwsKms, an AwsKmsKey and EnableEbsEncryption true (in the DSL: .EncryptLocalDisk(LocalDiskEncryption.Kms(keyArn).WithEbsEncryption())).");
            yield break;
        }

        if (disk.EnableEbsEncryption == true)
        {
            yield break;
        }

        var how = disk.EncryptionKeyProviderType == EncryptionKeyProviderType.AwsKms
            ? "Set EnableEbsEncryption to true (in the DSL: LocalDiskEncryption.Kms(keyArn).WithEbsEncryption())."
            : "EBS encryption needs the AwsKms key provider: switch EncryptionKeyProviderType to AwsKms with an AwsKmsKey and set EnableEbsEncryption to true.";
        yield return Report(
            Member(LocalDisk, "EnableEbsEncryption"),
            $"LocalDiskEncryptionConfiguration {(disk.EnableEbsEncryption == false ? "sets EnableEbsEncryption false" : "does not set EnableEbsEncryption")}, so EBS root and storage volumes are not encrypted by EMR. {how}");
    }
}
