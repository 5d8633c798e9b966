using System;
using EmrDsl.Json;
using EmrDsl.Testing;
using Xunit;
using static EmrDsl.Tests.Security.SecurityDocuments;

namespace EmrDsl.Tests.Security;

/// <summary>A cluster that authors its security configuration: RunJobFlow names it, the document travels with the cluster.</summary>
public sealed class RegulatedClusterSecurityTests
{
    private static readonly SecurityConfiguration Regulated = SecurityConfiguration.Create("regulated-sc")
        .EncryptS3AtRest(S3Encryption.SseKms(KmsKey))
        .EncryptLocalDisk(LocalDiskEncryption.Kms(KmsKey).WithEbsEncryption())
        .EncryptInTransit(Tls.PemFromS3("s3://my-config/certs/my-certs.zip"))
        .Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24).CrossRealmTrust("AD.DOMAIN.COM", "ad.domain.com", "ad.domain.com", "ad.domain.com"))
        .EmrFsRoleMappings(EmrFsRoleMapping.ForGroups("arn:aws:iam::123456789012:role/finance-data", "finance"))
        .InstanceMetadataService(2);

    [Fact]
    public void Regulated_cluster_names_the_configuration_and_carries_the_document()
    {
        var cluster = Cluster.Create("regulated-etl")
            .With(s => s with { ReleaseLabel = "emr-7.2.0" })
            .SecurityConfiguration(Regulated)
            .With(s => s with { LogUri = "s3://my-emr-logs/" });

        var request = (JsonObject)JsonParser.Parse(cluster.ToRunJobFlowJson());
        Assert.Equal("regulated-sc", ((JsonString)request["SecurityConfiguration"]!).Value);

        var document = cluster.ToSecurityConfigurationJson();
        Assert.Equal(Regulated.ToJson(), document);
        PayloadAssert.Matches(document, PayloadKind.SecurityConfiguration, "RegulatedCluster.approved.json");
    }

    [Fact]
    public void Attaching_again_replaces_the_document_and_the_name()
    {
        var cluster = Cluster.Create("etl")
            .SecurityConfiguration(SecurityConfiguration.Create("basic").EncryptS3AtRest(S3Encryption.SseS3()))
            .SecurityConfiguration(Regulated);

        Assert.Equal("regulated-sc", cluster.Spec.SecurityConfiguration);
        Assert.Equal(Regulated.Spec, cluster.SecurityConfigurationDocument);
    }

    [Fact]
    public void Deriving_a_cluster_keeps_the_document_and_leaves_the_base_without_one()
    {
        var plain = Cluster.Create("etl");
        var secured = plain.SecurityConfiguration(Regulated);
        var renamed = secured.Named("etl-prod");

        Assert.Null(plain.SecurityConfigurationDocument);
        Assert.Null(plain.Spec.SecurityConfiguration);
        Assert.Equal(Regulated.Spec, renamed.SecurityConfigurationDocument);
        Assert.Equal(Regulated.ToJson(), renamed.ToSecurityConfigurationJson());
    }

    [Fact]
    public void Without_an_authored_document_the_error_says_how_to_add_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Cluster.Create("etl").ToSecurityConfigurationJson());

        Assert.Contains("'etl' has no authored security configuration", error.Message);
        Assert.Contains(".SecurityConfiguration(SecurityConfiguration.Create(", error.Message);
    }

    [Fact]
    public void A_name_changed_behind_the_document_is_reported()
    {
        var cluster = Cluster.Create("etl").SecurityConfiguration(Regulated).With(s => s with { SecurityConfiguration = "other-sc" });

        var error = Assert.Throws<InvalidOperationException>(() => cluster.ToSecurityConfigurationJson());

        Assert.Contains("'other-sc'", error.Message);
        Assert.Contains("'regulated-sc'", error.Message);
    }

    [Fact]
    public void An_empty_document_cannot_be_emitted_through_the_cluster() =>
        Assert.Throws<InvalidOperationException>(
            () => Cluster.Create("etl").SecurityConfiguration(SecurityConfiguration.Create("empty")).ToSecurityConfigurationJson());
}
