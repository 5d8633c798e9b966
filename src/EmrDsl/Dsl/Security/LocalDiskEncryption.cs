using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// LUKS encryption of the nodes' local volumes (<c>LocalDiskEncryptionConfiguration</c>), one factory per
/// <c>EncryptionKeyProviderType</c>. Immutable.
/// </summary>
public sealed class LocalDiskEncryption
{
    private LocalDiskEncryption(LocalDiskEncryptionConfigurationSpec spec) => Spec = spec;

    public LocalDiskEncryptionConfigurationSpec Spec { get; }

    /// <summary>AwsKms: keys come from the given KMS key (a fully specified key ARN).</summary>
    public static LocalDiskEncryption Kms(string awsKmsKey) => new(new LocalDiskEncryptionConfigurationSpec
    {
        EncryptionKeyProviderType = EncryptionKeyProviderType.AwsKms,
        AwsKmsKey = SecurityRequire.KmsKeyArn(awsKmsKey, nameof(awsKmsKey)),
    });

    /// <summary>
    /// Custom: keys come from your EncryptionMaterialsProvider, <paramref name="encryptionKeyProviderClass"/>, in the JAR
    /// at <paramref name="s3Object"/> (s3:// path or S3 ARN).
    /// </summary>
    public static LocalDiskEncryption Custom(string s3Object, string encryptionKeyProviderClass) => new(new LocalDiskEncryptionConfigurationSpec
    {
        EncryptionKeyProviderType = EncryptionKeyProviderType.Custom,
        S3Object = SecurityRequire.S3Object(s3Object, nameof(s3Object), "The key provider JAR"),
        EncryptionKeyProviderClass = SecurityRequire.JavaClassName(encryptionKeyProviderClass, nameof(encryptionKeyProviderClass), "The key provider class"),
    });

    /// <summary>Also encrypts EBS root and storage volumes (<c>EnableEbsEncryption</c>); needs the AwsKms provider.</summary>
    public LocalDiskEncryption WithEbsEncryption()
    {
        if (Spec.EncryptionKeyProviderType != EncryptionKeyProviderType.AwsKms)
        {
            throw new InvalidOperationException(
                "EBS encryption needs the AwsKms key provider; a Custom provider cannot encrypt EBS volumes. " +
                "Use LocalDiskEncryption.Kms(keyArn).WithEbsEncryption().");
        }

        return new LocalDiskEncryption(Spec with { EnableEbsEncryption = true });
    }
}
