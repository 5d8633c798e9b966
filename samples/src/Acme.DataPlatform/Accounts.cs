namespace Acme.DataPlatform;

/// <summary>The AWS resources every pipeline shares. Constants, so the build can evaluate definitions that use them.</summary>
internal static class Accounts
{
    public const string LogUri = "s3://acme-emr-logs/";
    public const string JobsBucket = "s3://acme-jobs";
    public const string LakeBucket = "s3://acme-lake";
    public const string PrivateSubnetA = "subnet-0a1b2c3d4e5f60718";
    public const string PrivateSubnetB = "subnet-0f1e2d3c4b5a69788";
    public const string ServiceRole = "EMR_DefaultRole";
    public const string InstanceProfile = "EMR_EC2_DefaultRole";
    public const string DataKmsKey = "arn:aws:kms:eu-west-1:123456789012:key/0b7f3c1e-5a2d-4e8f-9c6b-1d2e3f4a5b6c";
}
