using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// How EMRFS encrypts data in Amazon S3 (<c>S3EncryptionConfiguration</c>), one factory per <c>EncryptionMode</c>.
/// Immutable: <see cref="Override"/> returns a new value.
/// </summary>
public sealed class S3Encryption
{
    private S3Encryption(S3EncryptionConfigurationSpec spec) => Spec = spec;

    public S3EncryptionConfigurationSpec Spec { get; }

    /// <summary>SSE-S3: server-side encryption with keys Amazon S3 manages.</summary>
    public static S3Encryption SseS3() => new(new S3EncryptionConfigurationSpec { EncryptionMode = S3EncryptionMode.SseS3 });

    /// <summary>SSE-KMS: server-side encryption with the given KMS key (a fully specified key ARN).</summary>
    public static S3Encryption SseKms(string awsKmsKey) => Kms(S3EncryptionMode.SseKms, awsKmsKey);

    /// <summary>CSE-KMS: client-side encryption with the given KMS key (a fully specified key ARN).</summary>
    public static S3Encryption CseKms(string awsKmsKey) => Kms(S3EncryptionMode.CseKms, awsKmsKey);

    /// <summary>
    /// CSE-Custom: client-side encryption with your EncryptionMaterialsProvider, <paramref name="encryptionKeyProviderClass"/>,
    /// from the JAR at <paramref name="s3Object"/> (s3:// path or S3 ARN).
    /// </summary>
    public static S3Encryption CseCustom(string s3Object, string encryptionKeyProviderClass) => new(new S3EncryptionConfigurationSpec
    {
        EncryptionMode = S3EncryptionMode.CseCustom,
        S3Object = SecurityRequire.S3Object(s3Object, nameof(s3Object), "The key provider JAR"),
        EncryptionKeyProviderClass = SecurityRequire.JavaClassName(encryptionKeyProviderClass, nameof(encryptionKeyProviderClass), "The key provider class"),
    });

    /// <summary>
    /// Encrypts one bucket differently (an <c>Overrides</c> entry), for example
    /// <c>S3Encryption.SseKms(key).Override("public-data", S3Encryption.SseS3())</c>.
    /// </summary>
    public S3Encryption Override(string bucketName, S3Encryption encryption)
    {
        if (encryption is null)
        {
            throw new ArgumentNullException(nameof(encryption));
        }

        var bucket = SecurityRequire.BucketName(bucketName, nameof(bucketName));
        if (encryption.Spec.EncryptionMode == S3EncryptionMode.CseCustom || !encryption.Spec.Overrides.IsEmpty)
        {
            throw new ArgumentException(
                "A bucket override takes a plain SSE-S3, SSE-KMS or CSE-KMS mode (the documented override members are BucketName, EncryptionMode and AwsKmsKey). " +
                "Pass S3Encryption.SseS3(), S3Encryption.SseKms(key) or S3Encryption.CseKms(key).",
                nameof(encryption));
        }

        if (Spec.Overrides.FindIndex(o => o.BucketName == bucket) >= 0)
        {
            throw new ArgumentException($"The bucket '{bucket}' already has an override; give each bucket one.", nameof(bucketName));
        }

        return new S3Encryption(Spec with
        {
            Overrides = Spec.Overrides.Add(new S3EncryptionOverrideSpec
            {
                BucketName = bucket,
                EncryptionMode = encryption.Spec.EncryptionMode,
                AwsKmsKey = encryption.Spec.AwsKmsKey,
            }),
        });
    }

    private static S3Encryption Kms(S3EncryptionMode mode, string awsKmsKey) => new(new S3EncryptionConfigurationSpec
    {
        EncryptionMode = mode,
        AwsKmsKey = SecurityRequire.KmsKeyArn(awsKmsKey, nameof(awsKmsKey)),
    });
}
