using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR043: at-rest encryption is on but EMRFS data in S3 is not encrypted with a customer-managed KMS key: no
/// <c>S3EncryptionConfiguration</c>, or SSE-S3 (keys Amazon S3 manages) as the mode or a bucket override (checkov
/// CKV_AWS_171 expects SSE-KMS). Info: SSE-S3 does encrypt; a customer key adds key policy control and CloudTrail audit.
/// </summary>
public sealed class S3WithoutCustomerKeyRule : SecurityConfigurationRule
{
    public S3WithoutCustomerKeyRule()
        : base(RuleIds.S3WithoutCustomerKey, "S3 data not encrypted with a customer KMS key", FindingSeverity.Info, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (!spec.EnableAtRestEncryption)
        {
            yield break;
        }

        if (spec.S3EncryptionConfiguration is not { } s3)
        {
            yield return Report(
                S3,
                "AtRestEncryptionConfiguration has no S3EncryptionConfiguration, so EMRFS writes to S3 without EMR-side encryption. " +
                "Add one with EncryptionMode SSE-KMS and an AwsKmsKey (in the DSL: .EncryptS3AtRest(S3Encryption.SseKms(keyArn))).");
            yield break;
        }

        if (s3.EncryptionMode == S3EncryptionMode.SseS3)
        {
            yield return Report(
                Member(S3, "EncryptionMode"),
                "S3EncryptionConfiguration uses SSE-S3, keys Amazon S3 manages, where regulated data expects a customer-managed KMS key. " +
                "Set EncryptionMode to SSE-KMS with an AwsKmsKey (in the DSL: S3Encryption.SseKms(keyArn)).");
        }

        for (var i = 0; i < s3.Overrides.Count; i++)
        {
            if (s3.Overrides[i].EncryptionMode == S3EncryptionMode.SseS3)
            {
                yield return Report(
                    Member(Override(i), "EncryptionMode"),
                    $"The override for bucket '{s3.Overrides[i].BucketName}' uses SSE-S3 rather than a customer-managed KMS key. Set its EncryptionMode to SSE-KMS with an AwsKmsKey, or remove the override if the bucket holds only public data.");
            }
        }
    }
}
