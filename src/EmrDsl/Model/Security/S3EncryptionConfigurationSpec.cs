namespace EmrDsl.Model;

/// <summary>The <c>S3EncryptionConfiguration</c> object: how EMRFS encrypts data it writes to Amazon S3.</summary>
public sealed record S3EncryptionConfigurationSpec
{
    public S3EncryptionMode EncryptionMode { get; init; }

    /// <summary>SSE-KMS and CSE-KMS: the KMS key ARN.</summary>
    public string? AwsKmsKey { get; init; }

    /// <summary>CSE-Custom: the JAR with the key provider (s3:// path or S3 ARN).</summary>
    public string? S3Object { get; init; }

    /// <summary>CSE-Custom: the EncryptionMaterialsProvider implementation's full class name.</summary>
    public string? EncryptionKeyProviderClass { get; init; }

    /// <summary>Per-bucket exceptions to <see cref="EncryptionMode"/>.</summary>
    public EquatableArray<S3EncryptionOverrideSpec> Overrides { get; init; }
}

/// <summary>One entry of <c>S3EncryptionConfiguration.Overrides</c>: a bucket encrypted differently.</summary>
public sealed record S3EncryptionOverrideSpec
{
    public string BucketName { get; init; } = string.Empty;

    public S3EncryptionMode EncryptionMode { get; init; }

    /// <summary>SSE-KMS and CSE-KMS: the KMS key ARN for this bucket.</summary>
    public string? AwsKmsKey { get; init; }
}
