using System;
using Xunit;
using static EmrDsl.Tests.Security.SecurityDocuments;

namespace EmrDsl.Tests.Security;

/// <summary>Bad DSL input fails at the call that wrote it, saying what is wrong and how to write it.</summary>
public sealed class SecurityConfigurationInputTests
{
    [Theory]
    [InlineData("12345678-1234-1234-1234-123456789012", "fully specified ARN")]
    [InlineData("alias/my-key", "fully specified ARN")]
    [InlineData("arn:aws:s3:::my-bucket/key", "not a KMS key ARN")]
    [InlineData("arn:aws:kms:us-east-1:1234:key/abc", "not a KMS key ARN")]
    public void Kms_keys_must_be_fully_specified_arns(string key, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => S3Encryption.SseKms(key));

        Assert.Equal("awsKmsKey", error.ParamName);
        Assert.Contains(expected, error.Message);
        Assert.Contains("arn:aws:kms:us-east-1:123456789012:key/", error.Message);
    }

    [Fact]
    public void Kms_alias_arns_are_accepted() =>
        Assert.Equal(KmsAlias, LocalDiskEncryption.Kms(KmsAlias).Spec.AwsKmsKey);

    [Fact]
    public void Sse_kms_and_cse_kms_need_a_key()
    {
        Assert.Contains("required", Assert.Throws<ArgumentException>(() => S3Encryption.SseKms("")).Message);
        Assert.Contains("required", Assert.Throws<ArgumentException>(() => S3Encryption.CseKms(null!)).Message);
    }

    [Fact]
    public void Cse_custom_needs_an_s3_object_and_a_provider_class()
    {
        var noJar = Assert.Throws<ArgumentException>(() => S3Encryption.CseCustom("", "com.mycompany.Provider"));
        var notS3 = Assert.Throws<ArgumentException>(() => S3Encryption.CseCustom("https://example.com/provider.jar", "com.mycompany.Provider"));
        var noClass = Assert.Throws<ArgumentException>(() => S3Encryption.CseCustom("s3://my-config/provider.jar", " "));
        var jarAsClass = Assert.Throws<ArgumentException>(() => S3Encryption.CseCustom("s3://my-config/provider.jar", "com.mycompany.Provider.jar"));

        Assert.Equal("s3Object", noJar.ParamName);
        Assert.Contains("s3://bucket/key", notS3.Message);
        Assert.Equal("encryptionKeyProviderClass", noClass.ParamName);
        Assert.Contains("com.mycompany.MyKeyProvider", jarAsClass.Message);
    }

    [Fact]
    public void S3_arns_are_checked_like_s3_uris()
    {
        var error = Assert.Throws<ArgumentException>(() => LocalDiskEncryption.Custom("arn:aws:s3:::My_Bucket/provider.jar", "com.mycompany.Provider"));

        Assert.Contains("arn:aws:s3:::bucket/key", error.Message);
    }

    [Fact]
    public void Ebs_encryption_needs_the_kms_provider()
    {
        var custom = LocalDiskEncryption.Custom("s3://my-config/provider.jar", "com.mycompany.Provider");

        var error = Assert.Throws<InvalidOperationException>(() => custom.WithEbsEncryption());

        Assert.Contains("LocalDiskEncryption.Kms(keyArn).WithEbsEncryption()", error.Message);
    }

    [Fact]
    public void S3_and_local_disk_custom_providers_need_different_classes()
    {
        var s3 = S3Encryption.CseCustom("s3://my-config/provider.jar", "com.mycompany.Provider");
        var disk = LocalDiskEncryption.Custom("s3://my-config/provider.jar", "com.mycompany.Provider");

        Assert.Throws<ArgumentException>(() => SecurityConfiguration.Create("sc").EncryptS3AtRest(s3).EncryptLocalDisk(disk));
        var error = Assert.Throws<ArgumentException>(() => SecurityConfiguration.Create("sc").EncryptLocalDisk(disk).EncryptS3AtRest(s3));
        Assert.Contains("different classes", error.Message);
    }

    [Fact]
    public void Bucket_overrides_take_plain_modes_and_bucket_names()
    {
        var sseKms = S3Encryption.SseKms(KmsKey);

        Assert.Contains("without s3://", Assert.Throws<ArgumentException>(() => sseKms.Override("s3://my-bucket", S3Encryption.SseS3())).Message);
        Assert.Contains("SSE-S3, SSE-KMS or CSE-KMS", Assert.Throws<ArgumentException>(
            () => sseKms.Override("my-bucket", S3Encryption.CseCustom("s3://my-config/p.jar", "com.mycompany.P"))).Message);
        Assert.Contains("already has an override", Assert.Throws<ArgumentException>(
            () => sseKms.Override("my-bucket", S3Encryption.SseS3()).Override("my-bucket", S3Encryption.CseKms(KmsKey))).Message);
    }

    [Fact]
    public void Pem_certificates_must_be_a_zip() =>
        Assert.Contains("certs.zip", Assert.Throws<ArgumentException>(() => Tls.PemFromS3("s3://my-config/certs/privateKey.pem")).Message);

    [Fact]
    public void Emr_managed_certificate_options_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tls.EmrManaged(validityInDays: 0));
        Assert.Contains("mydomain.com", Assert.Throws<ArgumentException>(() => Tls.EmrManaged(wildcardDnsSuffix: "*.mydomain.com")).Message);
        Assert.Contains("Tls.EmrManaged()", Assert.Throws<InvalidOperationException>(() => Tls.PemFromS3("s3://my-config/c.zip").SecretTag("k", "v")).Message);
    }

    [Theory]
    [InlineData("https://kdc.example.com")]
    [InlineData("kdc.example.com:")]
    [InlineData("kdc.example.com:70000")]
    [InlineData("kdc example.com")]
    public void Kerberos_servers_are_hosts_with_an_optional_port(string server)
    {
        var error = Assert.Throws<ArgumentException>(() => KerberosConfiguration.ExternalKdc(server, "kdc.example.com"));

        Assert.Equal("adminServer", error.ParamName);
        Assert.Contains("kdc.example.com:749", error.Message);
    }

    [Fact]
    public void Kerberos_ticket_lifetime_and_trust_members_are_required()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KerberosConfiguration.ClusterDedicatedKdc(ticketLifetimeInHours: 0));
        var error = Assert.Throws<ArgumentException>(() => KerberosConfiguration.ClusterDedicatedKdc().CrossRealmTrust("", "ad.domain.com", "ad.domain.com", "ad.domain.com"));
        Assert.Equal("realm", error.ParamName);
    }

    [Fact]
    public void Role_mappings_need_a_role_arn_and_identifiers()
    {
        Assert.Contains("arn:aws:iam::123456789012:role/role-name", Assert.Throws<ArgumentException>(() => EmrFsRoleMapping.ForUsers("EMR_EC2_DefaultRole", "user1")).Message);
        Assert.Contains("at least one identifier", Assert.Throws<ArgumentException>(() => EmrFsRoleMapping.ForGroups("arn:aws:iam::123456789012:role/r")).Message);
        Assert.Contains("s3://", Assert.Throws<ArgumentException>(() => EmrFsRoleMapping.ForPrefixes("arn:aws:iam::123456789012:role/r", "my-bucket/prefix")).Message);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => EmrFsRoleMapping.ForUsers("arn:aws:iam::123456789012:role/r", "a", "a")).Message);
        Assert.Throws<ArgumentException>(() => SecurityConfiguration.Create("sc").EmrFsRoleMappings());
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(2, 0)]
    [InlineData(2, 65)]
    public void Instance_metadata_settings_stay_in_documented_ranges(int version, int hopLimit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SecurityConfiguration.Create("sc").InstanceMetadataService(version, hopLimit));

    [Fact]
    public void A_name_is_required_and_an_empty_document_cannot_be_written()
    {
        Assert.Throws<ArgumentException>(() => SecurityConfiguration.Create(" "));
        var error = Assert.Throws<InvalidOperationException>(() => SecurityConfiguration.Create("empty").ToJson());
        Assert.Contains("EncryptS3AtRest", error.Message);
    }
}
