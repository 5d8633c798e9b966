using EmrDsl.Testing;
using Xunit;
using Xunit.Sdk;

namespace EmrDsl.Tests.Security;

/// <summary>The oracle accepts documents shaped as the Management Guide describes and rejects wrong ones.</summary>
public sealed class SecurityConfigurationOracleTests
{
    private const string Key = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012";

    [Theory]
    [InlineData("""{"EncryptionConfiguration":{"EnableInTransitEncryption":false,"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"SSE-S3"}}}}""")]
    [InlineData("""{"EncryptionConfiguration":{"EnableInTransitEncryption":true,"InTransitEncryptionConfiguration":{"TLSCertificateConfiguration":{"CertificateProviderType":"EMR"}}}}""")]
    [InlineData("""{"EncryptionConfiguration":{"EMRWALEncryptionConfiguration":{},"EnableInTransitEncryption":false,"EnableAtRestEncryption":false}}""")]
    [InlineData("""{"AuthenticationConfiguration":{"KerberosConfiguration":{"Provider":"ExternalKdc","ExternalKdcConfiguration":{"KdcServerType":"Single","AdminServer":"kdc:749","KdcServer":"kdc:88"}}}}""")]
    [InlineData("""{"InstanceMetadataServiceConfiguration":{"MinimumInstanceMetadataServiceVersion":1,"HttpPutResponseHopLimit":64}}""")]
    public void Documented_shapes_are_accepted(string json) => SecurityConfigurationOracle.AssertValid(json);

    [Theory]
    [InlineData("{}", "configures nothing")]
    [InlineData("""{"Encryption":{}}""", "unknown member 'Encryption'")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":"true","AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"SSE-S3"}}}}""", "must be true or false")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true}}""", "AtRestEncryptionConfiguration is missing")]
    [InlineData("""{"EncryptionConfiguration":{"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"SSE-S3"}}}}""", "EnableAtRestEncryption is not true")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{}}}""", "needs S3EncryptionConfiguration")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"SSE-KMS"}}}}""", "missing required member 'AwsKmsKey'")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"sse-kms","AwsKmsKey":"KEY"}}}}""", "documented values")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"SSE-KMS","AwsKmsKey":"my-key"}}}}""", "must be a KMS key ARN")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"SSE-S3","AwsKmsKey":"KEY"}}}}""", "does not apply when the mode is SSE-S3")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{"S3EncryptionConfiguration":{"EncryptionMode":"CSE-Custom","S3Object":"s3://my-config/p.jar"}}}}""", "missing required member 'EncryptionKeyProviderClass'")]
    [InlineData("""{"EncryptionConfiguration":{"EnableAtRestEncryption":true,"AtRestEncryptionConfiguration":{"LocalDiskEncryptionConfiguration":{"EnableEbsEncryption":true,"EncryptionKeyProviderType":"Custom","S3Object":"s3://my-config/p.jar","EncryptionKeyProviderClass":"com.P"}}}}""", "EnableEbsEncryption needs EncryptionKeyProviderType AwsKms")]
    [InlineData("""{"EncryptionConfiguration":{"EnableInTransitEncryption":true,"InTransitEncryptionConfiguration":{"TLSCertificateConfiguration":{"CertificateProviderType":"PEM"}}}}""", "missing required member 'S3Object'")]
    [InlineData("""{"EncryptionConfiguration":{"EnableInTransitEncryption":true,"InTransitEncryptionConfiguration":{"TLSCertificateConfiguration":{"CertificateProviderType":"Custom","S3Object":"s3://my-config/c.jar"}}}}""", "missing required member 'CertificateProviderClass'")]
    [InlineData("""{"AuthenticationConfiguration":{"KerberosConfiguration":{"Provider":"ClusterDedicatedKdc"}}}""", "missing required member 'ClusterDedicatedKdcConfiguration'")]
    [InlineData("""{"AuthenticationConfiguration":{"KerberosConfiguration":{"Provider":"ClusterDedicatedKdc","ClusterDedicatedKdcConfiguration":{"CrossRealmTrustConfiguration":{"Realm":"AD.DOMAIN.COM","Domain":"ad.domain.com","AdminServer":"ad.domain.com"}}}}}""", "missing required member 'KdcServer'")]
    [InlineData("""{"AuthenticationConfiguration":{"KerberosConfiguration":{"Provider":"ExternalKdc","ExternalKdcConfiguration":{"KdcServerType":"Multiple","AdminServer":"kdc","KdcServer":"kdc"}}}}""", "documented values: Single")]
    [InlineData("""{"AuthorizationConfiguration":{"EmrFsConfiguration":{"RoleMappings":[{"Role":"arn:aws:iam::123456789012:role/r","IdentifierType":"Users","Identifiers":["u"]}]}}}""", "documented values: User | Group | Prefix")]
    [InlineData("""{"AuthorizationConfiguration":{"EmrFsConfiguration":{"RoleMappings":[{"Role":"arn:aws:iam::123456789012:role/r","IdentifierType":"User","Identifiers":[]}]}}}""", "must be a non-empty array")]
    [InlineData("""{"AuthorizationConfiguration":{"EmrFsConfiguration":{"RoleMappings":[{"Role":"arn:aws:iam::123456789012:role/r","IdentifierType":"Prefix","Identifiers":["my-bucket/"]}]}}}""", "must be an s3:// location")]
    [InlineData("""{"InstanceMetadataServiceConfiguration":{"MinimumInstanceMetadataServiceVersion":2}}""", "missing required member 'HttpPutResponseHopLimit'")]
    [InlineData("""{"InstanceMetadataServiceConfiguration":{"MinimumInstanceMetadataServiceVersion":3,"HttpPutResponseHopLimit":1}}""", "allowed 1 to 2")]
    public void Wrong_documents_are_rejected_with_the_reason(string json, string expected)
    {
        var errors = SecurityConfigurationOracle.Validate(json.Replace("KEY", Key));

        Assert.Contains(errors, e => e.Contains(expected));
        Assert.Throws<XunitException>(() => SecurityConfigurationOracle.AssertValid(json.Replace("KEY", Key)));
    }

    [Fact]
    public void Errors_name_the_path_of_the_wrong_member()
    {
        var errors = SecurityConfigurationOracle.Validate(
            """{"AuthorizationConfiguration":{"EmrFsConfiguration":{"RoleMappings":[{"Role":"arn:aws:iam::123456789012:role/r","IdentifierType":"User","Identifiers":["u"]},{"Role":"EMR_EC2_DefaultRole","IdentifierType":"User","Identifiers":["u"]}]}}}""");

        var error = Assert.Single(errors);
        Assert.StartsWith("$.AuthorizationConfiguration.EmrFsConfiguration.RoleMappings[1]:", error);
    }
}
