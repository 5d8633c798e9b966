using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Security.SecurityDocuments;

namespace EmrDsl.Tests.Security;

/// <summary>EMR040-EMR048 on DSL-authored security configurations: <c>SecurityConfiguration.Validate()</c> runs the same rules lint runs on documents.</summary>
public sealed class SecurityConfigurationRuleTests
{
    private static readonly SecurityConfiguration Secure = SecurityConfiguration.Create("secure")
        .EncryptS3AtRest(S3Encryption.SseKms(KmsKey))
        .EncryptLocalDisk(LocalDiskEncryption.Kms(KmsKey).WithEbsEncryption())
        .EncryptInTransit(Tls.EmrManaged())
        .InstanceMetadataService(2);

    [Fact]
    public void A_fully_encrypted_IMDSv2_configuration_is_clean()
    {
        Assert.Empty(Secure.Validate());
    }

    [Fact]
    public void EMR040_without_at_rest_encryption_names_the_switch()
    {
        var findings = SecurityConfiguration.Create("tls-only").EncryptInTransit(Tls.EmrManaged()).InstanceMetadataService(2).Validate();

        var finding = Assert.Single(findings);
        Assert.Equal(("EMR040", "EncryptionConfiguration.EnableAtRestEncryption"), (finding.Id, finding.Path));
    }

    [Fact]
    public void EMR041_without_in_transit_encryption_names_the_switch()
    {
        var finding = Assert.Single(Secure.With(s => s with { TlsCertificateConfiguration = null }).Validate());

        Assert.Equal(("EMR041", "EncryptionConfiguration.EnableInTransitEncryption"), (finding.Id, finding.Path));
        Assert.Contains(".EncryptInTransit(", finding.Message);
    }

    [Fact]
    public void EMR042_reports_a_missing_local_disk_section_and_EBS_left_out()
    {
        var noDisk = Secure.With(s => s with { LocalDiskEncryptionConfiguration = null }).Validate();
        var noEbs = Secure.EncryptLocalDisk(LocalDiskEncryption.Kms(KmsKey)).Validate();
        var custom = Secure.EncryptLocalDisk(LocalDiskEncryption.Custom("s3://jars/disk.jar", "com.example.DiskKeys")).Validate();

        Assert.Equal(("EMR042", "EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration"), Only(noDisk));
        Assert.Equal(("EMR042", "EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EnableEbsEncryption"), Only(noEbs));
        Assert.Contains("WithEbsEncryption()", noEbs[0].Message);
        Assert.Contains("needs the AwsKms key provider", Assert.Single(custom).Message);
    }

    [Fact]
    public void EMR043_reports_SSE_S3_as_mode_and_as_override_but_not_SSE_KMS()
    {
        var sseS3 = Secure.EncryptS3AtRest(S3Encryption.SseS3()).Validate();
        var overridden = Secure.EncryptS3AtRest(S3Encryption.SseKms(KmsKey).Override("public-data", S3Encryption.SseS3())).Validate();

        Assert.Equal(("EMR043", "EncryptionConfiguration.AtRestEncryptionConfiguration.S3EncryptionConfiguration.EncryptionMode"), Only(sseS3));
        Assert.Equal(FindingSeverity.Info, sseS3[0].Severity);
        Assert.Equal(("EMR043", "EncryptionConfiguration.AtRestEncryptionConfiguration.S3EncryptionConfiguration.Overrides[0].EncryptionMode"), Only(overridden));
        Assert.Contains("'public-data'", overridden[0].Message);
    }

    [Fact]
    public void EMR044_reports_a_KMS_mode_without_its_key()
    {
        var keyless = Secure.With(s => s with
        {
            S3EncryptionConfiguration = s.S3EncryptionConfiguration! with { AwsKmsKey = null },
            LocalDiskEncryptionConfiguration = s.LocalDiskEncryptionConfiguration! with { AwsKmsKey = " " },
        }).Validate();

        Assert.Equal(
            new[] { "EncryptionConfiguration.AtRestEncryptionConfiguration.S3EncryptionConfiguration.AwsKmsKey", "EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.AwsKmsKey" },
            keyless.Where(f => f.Id == "EMR044").Select(f => f.Path).ToArray());
        Assert.DoesNotContain(Secure.EncryptS3AtRest(S3Encryption.CseCustom("s3://jars/s3.jar", "com.example.S3Keys")).Validate(), f => f.Id == "EMR044");
    }

    [Fact]
    public void EMR045_reports_a_TLS_provider_without_its_certificates()
    {
        var pem = Secure.With(s => s with { TlsCertificateConfiguration = new TlsCertificateConfigurationSpec { CertificateProviderType = CertificateProviderType.Pem } }).Validate();
        var custom = Secure.EncryptInTransit(Tls.Custom("s3://jars/tls.jar", "com.example.Certs")).Validate();

        Assert.Equal(("EMR045", "EncryptionConfiguration.InTransitEncryptionConfiguration.TLSCertificateConfiguration.S3Object"), Only(pem));
        Assert.Empty(custom);
    }

    [Fact]
    public void EMR046_reports_IMDSv1_allowed_or_unset()
    {
        Assert.Equal(("EMR046", "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion"), Only(Secure.InstanceMetadataService(1).Validate()));
        Assert.Equal(("EMR046", "InstanceMetadataServiceConfiguration"), Only(Secure.With(s => s with { InstanceMetadataServiceConfiguration = null }).Validate()));
    }

    [Fact]
    public void EMR047_reports_what_the_DSL_factories_would_refuse_in_a_spec_built_by_hand()
    {
        var findings = Secure.With(s => s with
        {
            InstanceMetadataServiceConfiguration = new InstanceMetadataServiceConfigurationSpec { MinimumInstanceMetadataServiceVersion = 3, HttpPutResponseHopLimit = 0 },
        }).Validate();

        Assert.Equal(
            new[] { "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion", "InstanceMetadataServiceConfiguration.HttpPutResponseHopLimit" },
            findings.Where(f => f.Id == "EMR047").Select(f => f.Path).ToArray());
    }

    [Fact]
    public void EMR048_never_fires_on_a_DSL_configuration_which_holds_only_modelled_members()
    {
        var everything = Secure.Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24)).EmrFsRoleMappings(EmrFsRoleMapping.ForUsers("arn:aws:iam::123456789012:role/analyst", "analyst"));

        Assert.Empty(everything.Validate());
    }

    [Fact]
    public void The_rule_set_holds_EMR040_to_EMR048_and_EMR060_to_EMR062_in_id_order_each_with_its_page_readme_row_and_scanner_mapping_row()
    {
        Assert.Equal(Enumerable.Range(40, 9).Concat(Enumerable.Range(60, 3)).Select(n => $"EMR0{n}").ToArray(), SecurityConfigurationRuleSet.All.Select(r => r.Id).ToArray());
        Assert.All(SecurityConfigurationRuleSet.All, r => EmrDsl.Testing.RepositoryLinks.AssertIsRulePage(r.Id, r.HelpLink));
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(EmrDsl.Testing.RepoPaths.Root, "docs", "rules", "README.md"));
        foreach (var rule in SecurityConfigurationRuleSet.All)
        {
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(EmrDsl.Testing.RepoPaths.Root, "docs", "rules", rule.Id + ".md")), rule.Id + ".md is missing");
            Assert.Contains($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} | {rule.DefaultSeverity} | {rule.Category} |", readme);
            Assert.Contains($"| {rule.Id} |", readme);
        }
    }

    private static (string Id, string Path) Only(System.Collections.Generic.IReadOnlyList<Finding> findings)
    {
        var finding = Assert.Single(findings);
        return (finding.Id, finding.Path);
    }
}
