using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR044: an at-rest key provider lacks what it needs to encrypt: SSE-KMS or CSE-KMS (mode or bucket override) or
/// the AwsKms local disk provider without <c>AwsKmsKey</c>; CSE-Custom or the Custom local disk provider without its
/// JAR (<c>S3Object</c>) or class (<c>EncryptionKeyProviderClass</c>). EMR Management Guide, "Specifying encryption
/// options using a security configuration": each of these is required for its mode.
/// </summary>
public sealed class KeyProviderIncompleteRule : SecurityConfigurationRule
{
    public KeyProviderIncompleteRule()
        : base(RuleIds.KeyProviderIncomplete, "Encryption key provider without its key", FindingSeverity.Error, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.S3EncryptionConfiguration is { } s3)
        {
            var mode = ApiEnum<S3EncryptionMode>(s3.EncryptionMode);
            if (s3.EncryptionMode is S3EncryptionMode.SseKms or S3EncryptionMode.CseKms && IsBlank(s3.AwsKmsKey))
            {
                yield return Report(Member(S3, "AwsKmsKey"), $"S3EncryptionConfiguration uses {mode} but names no AwsKmsKey, so EMR has no key to encrypt S3 data with. Set AwsKmsKey to the KMS key's ARN (in the DSL: S3Encryption.{(s3.EncryptionMode == S3EncryptionMode.SseKms ? "SseKms" : "CseKms")}(keyArn)).");
            }

            if (s3.EncryptionMode == S3EncryptionMode.CseCustom)
            {
                foreach (var finding in CustomProvider(S3, s3.S3Object, s3.EncryptionKeyProviderClass, "S3EncryptionConfiguration (CSE-Custom)"))
                {
                    yield return finding;
                }
            }

            for (var i = 0; i < s3.Overrides.Count; i++)
            {
                var entry = s3.Overrides[i];
                if (entry.EncryptionMode is S3EncryptionMode.SseKms or S3EncryptionMode.CseKms && IsBlank(entry.AwsKmsKey))
                {
                    yield return Report(Member(Override(i), "AwsKmsKey"), $"The override for bucket '{entry.BucketName}' uses {ApiEnum<S3EncryptionMode>(entry.EncryptionMode)} but names no AwsKmsKey. Set AwsKmsKey to the KMS key's ARN.");
                }
            }
        }

        if (spec.LocalDiskEncryptionConfiguration is { } disk)
        {
            if (disk.EncryptionKeyProviderType == EncryptionKeyProviderType.AwsKms && IsBlank(disk.AwsKmsKey))
            {
                yield return Report(Member(LocalDisk, "AwsKmsKey"), "LocalDiskEncryptionConfiguration uses the AwsKms key provider but names no AwsKmsKey, so EMR has no key for the nodes' disks. Set AwsKmsKey to the KMS key's ARN (in the DSL: LocalDiskEncryption.Kms(keyArn)).");
            }

            if (disk.EncryptionKeyProviderType == EncryptionKeyProviderType.Custom)
            {
                foreach (var finding in CustomProvider(LocalDisk, disk.S3Object, disk.EncryptionKeyProviderClass, "LocalDiskEncryptionConfiguration (Custom)"))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Finding> CustomProvider(string section, string? s3Object, string? providerClass, string what)
    {
        if (IsBlank(s3Object))
        {
            yield return Report(Member(section, "S3Object"), $"{what} names no S3Object, the JAR holding the key provider. Set S3Object to its s3:// path.");
        }

        if (IsBlank(providerClass))
        {
            yield return Report(Member(section, "EncryptionKeyProviderClass"), $"{what} names no EncryptionKeyProviderClass, the EncryptionMaterialsProvider class in the JAR. Set it to the class's full name.");
        }
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static string ApiEnum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => Wire.ApiEnum<TEnum>.ToApi(value);
}
