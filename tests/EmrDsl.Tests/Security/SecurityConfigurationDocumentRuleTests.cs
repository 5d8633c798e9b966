using System.Collections.Generic;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Rules;
using EmrDsl.Wire;
using Xunit;
using static EmrDsl.Tests.Security.SecurityDocuments;

namespace EmrDsl.Tests.Security;

/// <summary>
/// EMR040-EMR048 on raw security configuration documents, in the style of the scanners' fixtures: a document that
/// passes every check, and one change to it per case, each reported by exactly one rule at the member it names.
/// </summary>
public sealed class SecurityConfigurationDocumentRuleTests
{
    private const string Clean = """
        {"EncryptionConfiguration": {"EnableInTransitEncryption": true, "EnableAtRestEncryption": true,
          "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://certs/emr/certs.zip"}},
          "AtRestEncryptionConfiguration": {
            "S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": "KEY"},
            "LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "KEY", "EnableEbsEncryption": true}}},
         "InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": 2, "HttpPutResponseHopLimit": 1}}
        """;

    private const string AtRest = "EncryptionConfiguration.AtRestEncryptionConfiguration.";
    private const string Tls = "EncryptionConfiguration.InTransitEncryptionConfiguration.TLSCertificateConfiguration.";

    public static IEnumerable<object[]> Failing() => new[]
    {
        Case("\"EnableAtRestEncryption\": true", "\"EnableAtRestEncryption\": false", "EMR040", "EncryptionConfiguration.EnableAtRestEncryption"),
        Case("\"EnableInTransitEncryption\": true", "\"EnableInTransitEncryption\": false", "EMR041", "EncryptionConfiguration.EnableInTransitEncryption"),
        Case(", \"EnableEbsEncryption\": true", string.Empty, "EMR042", AtRest + "LocalDiskEncryptionConfiguration.EnableEbsEncryption"),
        Case("\"EnableEbsEncryption\": true", "\"EnableEbsEncryption\": false", "EMR042", AtRest + "LocalDiskEncryptionConfiguration.EnableEbsEncryption"),
        Case("\"SSE-KMS\", \"AwsKmsKey\": \"KEY\"", "\"SSE-S3\"", "EMR043", AtRest + "S3EncryptionConfiguration.EncryptionMode"),
        Case("\"AwsKmsKey\": \"KEY\"}", "\"AwsKmsKey\": \"KEY\", \"Overrides\": [{\"BucketName\": \"open\", \"EncryptionMode\": \"SSE-S3\"}]}", "EMR043", AtRest + "S3EncryptionConfiguration.Overrides[0].EncryptionMode"),
        Case("\"SSE-KMS\", \"AwsKmsKey\": \"KEY\"", "\"SSE-KMS\"", "EMR044", AtRest + "S3EncryptionConfiguration.AwsKmsKey"),
        Case("\"SSE-KMS\", \"AwsKmsKey\": \"KEY\"", "\"CSE-KMS\", \"AwsKmsKey\": \"\"", "EMR044", AtRest + "S3EncryptionConfiguration.AwsKmsKey"),
        Case("\"AwsKms\", \"AwsKmsKey\": \"KEY\"", "\"AwsKms\"", "EMR044", AtRest + "LocalDiskEncryptionConfiguration.AwsKmsKey"),
        Case("\"SSE-KMS\", \"AwsKmsKey\": \"KEY\"", "\"CSE-Custom\", \"S3Object\": \"s3://jars/provider.jar\"", "EMR044", AtRest + "S3EncryptionConfiguration.EncryptionKeyProviderClass"),
        Case("\"CertificateProviderType\": \"PEM\", \"S3Object\": \"s3://certs/emr/certs.zip\"", "\"CertificateProviderType\": \"PEM\"", "EMR045", Tls + "S3Object"),
        Case("s3://certs/emr/certs.zip", "s3://certs/emr/certs.pem", "EMR045", Tls + "S3Object"),
        Case("\"CertificateProviderType\": \"PEM\"", "\"CertificateProviderType\": \"Custom\"", "EMR045", Tls + "CertificateProviderClass"),
        Case("\"MinimumInstanceMetadataServiceVersion\": 2", "\"MinimumInstanceMetadataServiceVersion\": 1", "EMR046", "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion"),
        Case(", \"HttpPutResponseHopLimit\": 1", ", \"HttpPutResponseHopLimit\": 65", "EMR047", "InstanceMetadataServiceConfiguration.HttpPutResponseHopLimit"),
        Case("\"EnableAtRestEncryption\": true", "\"EnableAtRestEncryption\": \"true\"", "EMR047", "EncryptionConfiguration.EnableAtRestEncryption"),
        Case("\"EncryptionKeyProviderType\": \"AwsKms\"", "\"EncryptionKeyProviderType\": \"\"", "EMR047", AtRest + "LocalDiskEncryptionConfiguration.EncryptionKeyProviderType"),
        Case("\"EncryptionKeyProviderType\": \"AwsKms\"", "\"EncryptionKeyProviderType\": null", "EMR047", AtRest + "LocalDiskEncryptionConfiguration.EncryptionKeyProviderType"),
        Case("\"EncryptionKeyProviderType\": \"AwsKms\"", "\"EncryptionKeyProviderType\": \"AwsS3\"", "EMR047", AtRest + "LocalDiskEncryptionConfiguration.EncryptionKeyProviderType"),
        Case("\"AwsKms\", \"AwsKmsKey\": \"KEY\"", "\"Custom\", \"S3Object\": \"s3://jars/disk.jar\", \"EncryptionKeyProviderClass\": \"com.example.Disk\"", "EMR047", AtRest + "LocalDiskEncryptionConfiguration.EnableEbsEncryption"),
        Case("\"InTransitEncryptionConfiguration\": {\"TLSCertificateConfiguration\": {\"CertificateProviderType\": \"PEM\", \"S3Object\": \"s3://certs/emr/certs.zip\"}},", string.Empty, "EMR047", "EncryptionConfiguration.InTransitEncryptionConfiguration"),
        Case("\"InstanceMetadataServiceConfiguration\"", "\"LakeFormationConfiguration\": {}, \"InstanceMetadataServiceConfiguration\"", "EMR048", "LakeFormationConfiguration"),
    };

    [Fact]
    public void The_clean_document_has_no_findings()
    {
        Assert.Empty(Lint(Clean));
    }

    [Theory]
    [MemberData(nameof(Failing))]
    public void One_change_is_one_finding_at_the_member_it_names(string from, string to, string id, string path)
    {
        Assert.Contains(from, Clean);

        var findings = Lint(Clean.Replace(from, to));

        Assert.Equal(new[] { (id, path) }, findings.Select(f => (f.Id, f.Path)).ToArray());
    }

    [Fact]
    public void A_quoted_switch_says_to_drop_the_quotes()
    {
        var finding = Assert.Single(Lint(Clean.Replace("\"EnableAtRestEncryption\": true", "\"EnableAtRestEncryption\": \"true\"")));

        Assert.Contains("write true without quotes", finding.Message);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void Switches_left_out_read_as_off_and_say_so()
    {
        var findings = Lint("""{"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": 2, "HttpPutResponseHopLimit": 1}}""");

        Assert.Equal(new[] { "EMR040", "EMR041" }, findings.Select(f => f.Id).ToArray());
        Assert.All(findings, f => Assert.Contains("is not set", f.Message));
    }

    [Fact]
    public void A_switch_that_is_off_says_its_section_is_ignored()
    {
        var finding = Assert.Single(Lint(Clean.Replace("\"EnableAtRestEncryption\": true", "\"EnableAtRestEncryption\": false")));

        Assert.Contains("present but ignored", finding.Message);
    }

    [Fact]
    public void A_section_that_cannot_be_read_is_reported_once_not_again_as_missing()
    {
        var findings = Lint(Clean.Replace("\"EncryptionKeyProviderType\": \"AwsKms\"", "\"EncryptionKeyProviderType\": \"AwsS3\""));

        Assert.DoesNotContain(findings, f => f.Id == "EMR042");
        Assert.Contains("'AwsS3' is not one of AwsKms, Custom", Assert.Single(findings).Message);
    }

    [Fact]
    public void The_document_reads_into_the_model_the_DSL_writes()
    {
        var document = SecurityConfigurationReader.Read((JsonObject)JsonParser.Parse(Clean.Replace("KEY", KmsKey)), "secure");
        var authored = SecurityConfiguration.Create("secure")
            .EncryptInTransit(EmrDsl.Tls.PemFromS3("s3://certs/emr/certs.zip"))
            .EncryptS3AtRest(S3Encryption.SseKms(KmsKey))
            .EncryptLocalDisk(LocalDiskEncryption.Kms(KmsKey).WithEbsEncryption())
            .InstanceMetadataService(2);

        Assert.Empty(document.Errors);
        Assert.Equal(authored.Spec with { DeclaredAtRestEncryption = true, DeclaredInTransitEncryption = true }, document.Spec);
        Assert.Equal(authored.ToJson(), SecurityConfiguration.FromSpec(document.Spec).ToJson());
    }

    [Fact]
    public void Kerberos_is_read_into_the_model_and_a_member_nested_in_it_that_emrdsl_does_not_know_is_noted()
    {
        var document = SecurityConfigurationReader.Read((JsonObject)JsonParser.Parse("""
            {"AuthenticationConfiguration": {"KerberosConfiguration": {"Provider": "ExternalKdc", "ExternalKdcConfiguration": {"KdcServerType": "Single",
              "AdminServer": "kdc.example.com:749", "KdcServer": "kdc.example.com:88",
              "AdIntegrationConfiguration": {"AdRealm": "AD.EXAMPLE.COM", "AdDomain": "ad.example.com", "AdSite": "west"}}}}}
            """), "kerberos");

        Assert.Equal("AD.EXAMPLE.COM", document.Spec.KerberosConfiguration?.ExternalKdcConfiguration?.AdIntegrationConfiguration?.AdRealm);
        var note = Assert.Single(SecurityConfigurationRuleSet.Run(document), f => f.Id == "EMR048");
        Assert.Equal("AuthenticationConfiguration.KerberosConfiguration.ExternalKdcConfiguration.AdIntegrationConfiguration.AdSite", note.Path);
    }

    private static object[] Case(string from, string to, string id, string path) => new object[] { from, to, id, path };

    private static IReadOnlyList<Finding> Lint(string json) =>
        SecurityConfigurationRuleSet.Run(SecurityConfigurationReader.Read((JsonObject)JsonParser.Parse(json.Replace("KEY", KmsKey)), "doc"));
}
