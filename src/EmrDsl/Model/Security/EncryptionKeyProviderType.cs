using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>EncryptionKeyProviderType</c> values of a security configuration's <c>LocalDiskEncryptionConfiguration</c>.</summary>
public enum EncryptionKeyProviderType
{
    [ApiValue("AwsKms")]
    AwsKms,

    [ApiValue("Custom")]
    Custom,
}
