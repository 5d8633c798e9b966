using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>EncryptionMode</c> values of a security configuration's <c>S3EncryptionConfiguration</c> (EMRFS).</summary>
public enum S3EncryptionMode
{
    /// <summary>Server-side encryption with Amazon S3-managed keys.</summary>
    [ApiValue("SSE-S3")]
    SseS3,

    /// <summary>Server-side encryption with an AWS KMS key.</summary>
    [ApiValue("SSE-KMS")]
    SseKms,

    /// <summary>Client-side encryption with an AWS KMS key.</summary>
    [ApiValue("CSE-KMS")]
    CseKms,

    /// <summary>Client-side encryption with a custom EncryptionMaterialsProvider in a JAR on S3.</summary>
    [ApiValue("CSE-Custom")]
    CseCustom,
}
