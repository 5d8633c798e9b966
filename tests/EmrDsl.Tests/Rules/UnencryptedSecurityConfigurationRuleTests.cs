using System.Linq;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class UnencryptedSecurityConfigurationRuleTests
{
    private const string KmsKey = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static readonly SecurityConfiguration FullyEncrypted = SecurityConfiguration.Create("encrypted")
        .EncryptS3AtRest(S3Encryption.SseKms(KmsKey))
        .EncryptLocalDisk(LocalDiskEncryption.Kms(KmsKey).WithEbsEncryption())
        .EncryptInTransit(Tls.PemFromS3("s3://my-bucket/certs/certs.zip"));

    [Fact]
    public void Each_missing_encryption_part_is_its_own_warning_at_the_security_configuration()
    {
        var partial = SecurityConfiguration.Create("partial").EncryptS3AtRest(S3Encryption.SseS3());

        var findings = Cluster.FromSpec(Clean()).SecurityConfiguration(partial).Validate().Where(f => f.Id == "EMR003").ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((FindingSeverity.Warning, "SecurityConfiguration"), (f.Severity, f.Path)));
        Assert.Contains("local disks and EBS volumes", findings[0].Message);
        Assert.Contains(".EncryptInTransit(", findings[1].Message);
    }

    [Fact]
    public void A_document_with_every_part_encrypted_is_clean()
    {
        var findings = Cluster.FromSpec(Clean()).SecurityConfiguration(FullyEncrypted).Validate();

        Assert.DoesNotContain(findings, f => f.Id == "EMR003");
    }

    [Fact]
    public void Only_kerberos_authored_reports_all_three_parts()
    {
        var kerberosOnly = SecurityConfiguration.Create("kerberos").Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24));

        var findings = Cluster.FromSpec(Clean()).SecurityConfiguration(kerberosOnly).Validate().Where(f => f.Id == "EMR003");

        Assert.Equal(3, findings.Count());
    }

    [Fact]
    public void A_security_configuration_named_but_not_authored_here_is_not_judged()
    {
        Assert.DoesNotContain(Cluster.FromSpec(Clean() with { SecurityConfiguration = "made-elsewhere" }).Validate(), f => f.Id == "EMR003");
    }

    [Fact]
    public void A_document_for_another_name_than_the_request_uses_is_not_judged()
    {
        var context = RuleContext.Default with { SecurityConfiguration = SecurityConfiguration.Create("other").Spec };

        Assert.Empty(new UnencryptedSecurityConfigurationRule().Check(Clean(), context));
    }
}
