using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR003: a security configuration authored with the cluster leaves S3 data, local disks or traffic between
/// nodes unencrypted (Security Hub EMR.3/EMR.4; tfsec/Trivy aws-emr-enable-at-rest/in-transit-encryption).
/// One finding per missing part, so each can be fixed and suppressed on its own.
/// </summary>
public sealed class UnencryptedSecurityConfigurationRule : ClusterRule
{
    public UnencryptedSecurityConfigurationRule()
        : base(RuleIds.UnencryptedSecurityConfiguration, "Security configuration without encryption", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        // The request only names a security configuration; what it turns on is known only when it was authored here.
        if (context.SecurityConfiguration is not { } document || document.Name != spec.SecurityConfiguration)
        {
            yield break;
        }

        if (document.S3EncryptionConfiguration is null)
        {
            yield return Report(
                "SecurityConfiguration",
                $"Security configuration '{document.Name}' does not encrypt EMRFS data at rest in S3. Add .EncryptS3AtRest(S3Encryption.SseKms(\"arn:aws:kms:...\")) (or SseS3()).");
        }

        if (document.LocalDiskEncryptionConfiguration is null)
        {
            yield return Report(
                "SecurityConfiguration",
                $"Security configuration '{document.Name}' does not encrypt local disks and EBS volumes at rest. Add .EncryptLocalDisk(LocalDiskEncryption.Kms(\"arn:aws:kms:...\").WithEbsEncryption()).");
        }

        if (document.TlsCertificateConfiguration is null)
        {
            yield return Report(
                "SecurityConfiguration",
                $"Security configuration '{document.Name}' does not encrypt data in transit between nodes. Add .EncryptInTransit(Tls.PemFromS3(\"s3://bucket/certs.zip\")) (or Tls.EmrManaged(...)).");
        }
    }
}
