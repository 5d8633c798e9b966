namespace EmrDsl.Tests.Security;

/// <summary>Values shared by the security configuration tests (placeholder account and keys, as in the AWS examples).</summary>
internal static class SecurityDocuments
{
    public const string KmsKey = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012";
    public const string OtherKmsKey = "arn:aws:kms:us-east-1:123456789012:key/abcdef01-2345-6789-abcd-ef0123456789";
    public const string KmsAlias = "arn:aws:kms:eu-west-1:123456789012:alias/emr-local-disk";
}
