using EmrDsl.Testing;
using Xunit;
using static EmrDsl.Tests.Security.SecurityDocuments;

namespace EmrDsl.Tests.Security;

/// <summary>Each documented part of a security configuration, emitted, checked by the oracle and snapshotted.</summary>
public sealed class SecurityConfigurationJsonTests
{
    [Fact]
    public void Sse_s3_alone_enables_at_rest_encryption_only() =>
        Approve(SecurityConfiguration.Create("sse-s3").EncryptS3AtRest(S3Encryption.SseS3()), "SseS3.approved.json");

    [Fact]
    public void Sse_kms_writes_the_key() =>
        Approve(SecurityConfiguration.Create("sse-kms").EncryptS3AtRest(S3Encryption.SseKms(KmsKey)), "SseKms.approved.json");

    [Fact]
    public void Cse_kms_writes_the_key() =>
        Approve(SecurityConfiguration.Create("cse-kms").EncryptS3AtRest(S3Encryption.CseKms(KmsKey)), "CseKms.approved.json");

    [Fact]
    public void Cse_custom_writes_the_jar_and_provider_class() =>
        Approve(
            SecurityConfiguration.Create("cse-custom")
                .EncryptS3AtRest(S3Encryption.CseCustom("s3://my-config/artifacts/key-provider.jar", "com.mycompany.MyS3KeyProvider")),
            "CseCustom.approved.json");

    [Fact]
    public void Sse_kms_with_per_bucket_overrides() =>
        Approve(
            SecurityConfiguration.Create("overrides")
                .EncryptS3AtRest(S3Encryption.SseKms(KmsKey)
                    .Override("public-datasets", S3Encryption.SseS3())
                    .Override("partner-exchange", S3Encryption.CseKms(OtherKmsKey))),
            "SseKmsOverrides.approved.json");

    [Fact]
    public void Local_disk_kms_with_ebs_encryption() =>
        Approve(
            SecurityConfiguration.Create("local-disk").EncryptLocalDisk(LocalDiskEncryption.Kms(KmsAlias).WithEbsEncryption()),
            "LocalDiskKmsEbs.approved.json");

    [Fact]
    public void Local_disk_custom_provider_from_an_s3_arn() =>
        Approve(
            SecurityConfiguration.Create("local-disk-custom")
                .EncryptLocalDisk(LocalDiskEncryption.Custom("arn:aws:s3:::my-artifacts/MyKeyProvider.jar", "com.mycompany.MyLocalDiskKeyProvider")),
            "LocalDiskCustom.approved.json");

    [Fact]
    public void Tls_pem_certificates_from_s3() =>
        Approve(SecurityConfiguration.Create("tls-pem").EncryptInTransit(Tls.PemFromS3("s3://my-config/certs/my-certs.zip")), "TlsPem.approved.json");

    [Fact]
    public void Tls_custom_certificate_provider() =>
        Approve(
            SecurityConfiguration.Create("tls-custom").EncryptInTransit(Tls.Custom("s3://my-config/artifacts/cert-provider.jar", "com.mycompany.MyCertProvider")),
            "TlsCustom.approved.json");

    [Fact]
    public void Tls_emr_managed_certificates_with_options() =>
        Approve(
            SecurityConfiguration.Create("tls-emr")
                .EncryptInTransit(Tls.EmrManaged(awsKmsKey: KmsKey, validityInDays: 30, wildcardDnsSuffix: "mydomain.com").SecretTag("cluster-type", "test")),
            "TlsEmrManaged.approved.json");

    [Fact]
    public void Kerberos_cluster_dedicated_kdc() =>
        Approve(SecurityConfiguration.Create("kdc").Kerberos(KerberosConfiguration.ClusterDedicatedKdc(ticketLifetimeInHours: 24)), "KerberosClusterDedicated.approved.json");

    [Fact]
    public void Kerberos_cluster_dedicated_kdc_with_cross_realm_trust() =>
        Approve(
            SecurityConfiguration.Create("kdc-trust").Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24)
                .CrossRealmTrust("AD.DOMAIN.COM", "ad.domain.com", "ad.domain.com:749", "ad.domain.com")),
            "KerberosCrossRealmTrust.approved.json");

    [Fact]
    public void Kerberos_external_kdc_with_active_directory_integration() =>
        Approve(
            SecurityConfiguration.Create("external-kdc").Kerberos(KerberosConfiguration.ExternalKdc("kdc.example.com:749", "kdc.example.com:88", 12)
                .AdIntegration("AD.DOMAIN.COM", "ad.domain.com", adServer: "dc1.ad.domain.com")),
            "KerberosExternalKdc.approved.json");

    [Fact]
    public void Emrfs_role_mappings_keep_their_order() =>
        Approve(
            SecurityConfiguration.Create("emrfs")
                .EmrFsRoleMappings(
                    EmrFsRoleMapping.ForUsers("arn:aws:iam::123456789012:role/emrfs-user1", "user1"),
                    EmrFsRoleMapping.ForPrefixes("arn:aws:iam::123456789012:role/emrfs-buckets", "s3://my-bucket/", "s3://my-other-bucket/"))
                .EmrFsRoleMappings(EmrFsRoleMapping.ForGroups("arn:aws:iam::123456789012:role/emrfs-admins", "AdminGroup")),
            "EmrFsRoleMappings.approved.json");

    [Fact]
    public void Instance_metadata_service_requires_imdsv2() =>
        Approve(SecurityConfiguration.Create("imds").InstanceMetadataService(2, httpPutResponseHopLimit: 2), "Imds.approved.json");

    [Fact]
    public void Everything_together_in_documented_order() =>
        Approve(
            SecurityConfiguration.Create("regulated-sc")
                .InstanceMetadataService(2)
                .EmrFsRoleMappings(EmrFsRoleMapping.ForGroups("arn:aws:iam::123456789012:role/finance", "finance"))
                .Kerberos(KerberosConfiguration.ClusterDedicatedKdc())
                .EncryptLocalDisk(LocalDiskEncryption.Kms(KmsKey).WithEbsEncryption())
                .EncryptS3AtRest(S3Encryption.SseKms(KmsKey))
                .EncryptInTransit(Tls.PemFromS3("s3://my-config/certs/my-certs.zip")),
            "Everything.approved.json");

    [Fact]
    public void Setting_a_part_again_replaces_it_and_leaves_the_base_untouched()
    {
        var baseline = SecurityConfiguration.Create("base").EncryptS3AtRest(S3Encryption.SseS3());
        var stricter = baseline.Named("strict").EncryptS3AtRest(S3Encryption.SseKms(KmsKey));

        Assert.Equal(S3EncryptionMode.SseS3, baseline.Spec.S3EncryptionConfiguration!.EncryptionMode);
        Assert.Equal("base", baseline.Spec.Name);
        Assert.Equal(S3EncryptionMode.SseKms, stricter.Spec.S3EncryptionConfiguration!.EncryptionMode);
        Assert.Equal(KmsKey, stricter.Spec.S3EncryptionConfiguration.AwsKmsKey);
    }

    [Fact]
    public void Equal_definitions_have_equal_specs()
    {
        SecurityConfiguration Build() => SecurityConfiguration.Create("same")
            .EncryptS3AtRest(S3Encryption.SseKms(KmsKey).Override("public-datasets", S3Encryption.SseS3()))
            .EmrFsRoleMappings(EmrFsRoleMapping.ForUsers("arn:aws:iam::123456789012:role/r", "a", "b"));

        Assert.Equal(Build().Spec, Build().Spec);
        Assert.NotEqual(Build().Spec, Build().EmrFsRoleMappings(EmrFsRoleMapping.ForUsers("arn:aws:iam::123456789012:role/r", "c")).Spec);
    }

    private static void Approve(SecurityConfiguration configuration, string approvedName) =>
        PayloadAssert.Matches(configuration.ToJson(), PayloadKind.SecurityConfiguration, approvedName);
}
