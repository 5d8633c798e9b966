namespace EmrDsl.Model;

/// <summary>The <c>LocalDiskEncryptionConfiguration</c> object: LUKS encryption of the nodes' local volumes.</summary>
public sealed record LocalDiskEncryptionConfigurationSpec
{
    /// <summary>Also encrypt EBS root and storage volumes (AwsKms key provider only).</summary>
    public bool? EnableEbsEncryption { get; init; }

    public EncryptionKeyProviderType EncryptionKeyProviderType { get; init; }

    /// <summary>AwsKms: the KMS key ARN.</summary>
    public string? AwsKmsKey { get; init; }

    /// <summary>Custom: the JAR with the key provider (s3:// path or S3 ARN).</summary>
    public string? S3Object { get; init; }

    /// <summary>Custom: the EncryptionMaterialsProvider implementation's full class name.</summary>
    public string? EncryptionKeyProviderClass { get; init; }
}
