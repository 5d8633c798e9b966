using System.Collections.Generic;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;
using static EmrDsl.Tests.Security.SecurityDocuments;

namespace EmrDsl.Tests.Security;

/// <summary>
/// The scanners' own fixture cases (checkov, Trivy, KICS) and the AWS Config / Security Hub controls' compliant and
/// non-compliant conditions, translated into security configuration documents and requests (the corpus files where the
/// fixture is in it, else written from the check's condition). Each case says whether the scanner fails it and which
/// EmrDsl findings express the scanner's concern (rule id and the path it lies under); the verdicts must agree. Where
/// EmrDsl also reports something the scanner does not look at (a keyless SSE-KMS that checkov passes), the case says so.
/// </summary>
public sealed class ScannerParityTests
{
    private const string AtRest = "EncryptionConfiguration.AtRestEncryptionConfiguration";
    private const string LocalDisk = AtRest + ".LocalDiskEncryptionConfiguration";
    private const string S3 = AtRest + ".S3EncryptionConfiguration";

    private const string Encrypted = """
        {"EncryptionConfiguration": {"EnableInTransitEncryption": true, "EnableAtRestEncryption": true,
          "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://certs/emr/certs.zip"}},
          "AtRestEncryptionConfiguration": {
            "S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": "KEY"},
            "LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "KEY", "EnableEbsEncryption": true}}}}
        """;

    public static IEnumerable<object[]> Cases() => new[]
    {
        // checkov CKV_AWS_171 (EMRClusterIsEncryptedKMS): S3 data encrypted with SSE-KMS.
        Document("CKV_AWS_171 fail: SSE-S3 (corpus, checkov fixture)", Corpus("checkov-kms-check-fail-sse-s3-disk-awss3.json"), fails: true, Concern("EMR043", S3)),
        Document("CKV_AWS_171 pass: SSE-KMS with its key", Encrypted, fails: false, Concern("EMR043", S3)),
        Document("CKV_AWS_171 pass: SSE-KMS without a key (corpus; EmrDsl adds EMR044)", Corpus("tf-woolfenden-examplea-sse-kms-disk-awss3.json"), fails: false, Concern("EMR043", S3)),

        // checkov CKV_AWS_349 / CKV_AWS_350 (example_EMRClusterConfEncryptsEBS; ids unverified): EBS volumes encrypted.
        Document("CKV_AWS_349/350 pass: AwsKms with EnableEbsEncryption (corpus, checkov fixture)", Corpus("checkov-ebs-check-pass-sse-s3-disk-awskms-ebs.json"), fails: false, Concern("EMR042", LocalDisk)),
        Document("CKV_AWS_349/350 fail: EnableEbsEncryption false", Encrypted.Replace("\"EnableEbsEncryption\": true", "\"EnableEbsEncryption\": false"), fails: true, Concern("EMR042", LocalDisk)),

        // Trivy AVD-AWS-0137 aws-emr-enable-at-rest-encryption.
        Document("AVD-AWS-0137 fail: EnableAtRestEncryption false (corpus, trivy fixture)", Corpus("trivy-local-disk-yaml-bad-example-sse-s3-disk-empty-provider.json"), fails: true, Concern("EMR040", "EncryptionConfiguration.EnableAtRestEncryption")),
        Document("AVD-AWS-0137 pass: EnableAtRestEncryption true", Encrypted, fails: false, Concern("EMR040", "EncryptionConfiguration.EnableAtRestEncryption")),

        // Trivy AVD-AWS-0138 aws-emr-enable-in-transit-encryption.
        Document("AVD-AWS-0138 fail: EnableInTransitEncryption false (corpus, AWS guide)", Corpus("awsdocs-create-secconf-sse-s3.json"), fails: true, Concern("EMR041", "EncryptionConfiguration.EnableInTransitEncryption")),
        Document("AVD-AWS-0138 pass: in transit with PEM certificates", Encrypted, fails: false, Concern("EMR041", "EncryptionConfiguration.EnableInTransitEncryption")),

        // Trivy AVD-AWS-0139 aws-emr-enable-local-disk-encryption: a local disk key provider is set.
        Document("AVD-AWS-0139 fail: empty key provider type (corpus, trivy fixture)", Corpus("trivy-local-disk-yaml-bad-example-sse-s3-disk-empty-provider.json"), fails: true, Concern("EMR047", LocalDisk), Concern("EMR040", "EncryptionConfiguration.EnableAtRestEncryption")),
        Document("AVD-AWS-0139 fail: no local disk section", Corpus("awsdocs-create-secconf-sse-s3.json"), fails: true, Exactly("EMR042", LocalDisk)),
        Document("AVD-AWS-0139 pass: AwsKms provider (corpus, checkov graph fixture)", Corpus("checkov-graph-check-good-config-disk-awskms.json"), fails: false, Concern("EMR047", LocalDisk), Exactly("EMR042", LocalDisk)),

        // KICS 5b033ec8-f079-4323-b5c8-99d4620433a9 "EMR Security Configuration Encryption Disabled" (CloudFormation).
        Document("KICS fail: at rest off", Encrypted.Replace("\"EnableAtRestEncryption\": true", "\"EnableAtRestEncryption\": false"), fails: true, KicsConcerns()),
        Document("KICS fail: in transit off", Encrypted.Replace("\"EnableInTransitEncryption\": true", "\"EnableInTransitEncryption\": false"), fails: true, KicsConcerns()),
        Document("KICS fail: EBS encryption off", Encrypted.Replace("\"EnableEbsEncryption\": true", "\"EnableEbsEncryption\": false"), fails: true, KicsConcerns()),
        Document("KICS fail: no EncryptionKeyProviderType", Encrypted.Replace("\"EncryptionKeyProviderType\": \"AwsKms\", ", string.Empty), fails: true, KicsConcerns()),
        Document("KICS pass: everything encrypted", Encrypted, fails: false, KicsConcerns()),

        // Security Hub EMR.3 / Config emr-security-configuration-encryption-rest; EMR.4 / ...-encryption-transit.
        Document("EMR.3 fail: at rest off (corpus, AWS guide)", Corpus("awsdocs-create-secconf-intransit-pem.json"), fails: true, Concern("EMR040", "EncryptionConfiguration.EnableAtRestEncryption")),
        Document("EMR.3 pass: at rest on", Encrypted, fails: false, Concern("EMR040", "EncryptionConfiguration.EnableAtRestEncryption")),
        Document("EMR.4 fail: in transit off (corpus, AWS guide)", Corpus("awsdocs-create-secconf-disk-awskms.json"), fails: true, Concern("EMR041", "EncryptionConfiguration.EnableInTransitEncryption")),
        Document("EMR.4 pass: in transit on", Encrypted, fails: false, Concern("EMR041", "EncryptionConfiguration.EnableInTransitEncryption")),

        // Security Hub EMR.2 / Config emr-block-public-access.
        BlockPublicAccess("EMR.2 fail: block public access off", """{"BlockPublicAccessConfiguration": {"BlockPublicSecurityGroupRules": false}}""", fails: true),
        BlockPublicAccess("EMR.2 fail: port 3389 permitted", """{"BlockPublicAccessConfiguration": {"BlockPublicSecurityGroupRules": true, "PermittedPublicSecurityGroupRuleRanges": [{"MinRange": 22, "MaxRange": 22}, {"MinRange": 3389, "MaxRange": 3389}]}}""", fails: true),
        BlockPublicAccess("EMR.2 pass: only port 22 permitted", """{"BlockPublicAccessConfiguration": {"BlockPublicSecurityGroupRules": true, "PermittedPublicSecurityGroupRuleRanges": [{"MinRange": 22, "MaxRange": 22}]}}""", fails: false),

        // Security Hub EMR.1 (primary node public IP), approximated by EMR015: a request cannot say whether a subnet is public.
        Request("EMR.1 fail (approximated): no subnet, so the default VPC's public subnet", """{"Name": "etl", "Instances": {"InstanceGroups": [{"InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1}]}}""", fails: true),
        Request("EMR.1 pass (approximated): a subnet chosen", """{"Name": "etl", "Instances": {"Ec2SubnetId": "subnet-0123456789abcdef0", "InstanceGroups": [{"InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1}]}}""", fails: false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EmrDsl_agrees_with_the_scanner(string @case, string kind, string json, bool scannerFails, (string Id, string Path, bool Exact)[] concerns)
    {
        var findings = Findings(kind, json.Replace("KEY", KmsKey, System.StringComparison.Ordinal));

        var raised = findings.Where(f => concerns.Any(c => c.Id == f.Id && (c.Exact ? f.Path == c.Path : f.Path == c.Path || f.Path.StartsWith(c.Path + ".", System.StringComparison.Ordinal) || f.Path.StartsWith(c.Path + "[", System.StringComparison.Ordinal)))).ToArray();
        Assert.True(scannerFails == raised.Length > 0, $"{@case}: the scanner {(scannerFails ? "fails" : "passes")} it, EmrDsl {(raised.Length > 0 ? "reports" : "does not report")} its concern. Findings:\n  " + string.Join("\n  ", findings));
    }

    [Fact]
    public void The_keyless_SSE_KMS_document_checkov_passes_is_still_reported_for_its_missing_key()
    {
        var findings = Findings("document", Corpus("tf-woolfenden-examplea-sse-kms-disk-awss3.json"));

        Assert.Contains(findings, f => f.Id == "EMR044" && f.Path == S3 + ".AwsKmsKey");
    }

    private static IReadOnlyList<Finding> Findings(string kind, string json) => kind switch
    {
        "document" => SecurityConfigurationRuleSet.Run(SecurityConfigurationReader.Read((JsonObject)JsonParser.Parse(json), "doc")),
        "block-public-access" => BlockPublicAccessRuleSet.Run(PutBlockPublicAccessConfigurationSpec.Shape.Read(JsonParser.Parse(json), new WireReader(), string.Empty)),
        _ => RuleSet.Run(ClusterSpec.Shape.Read(JsonParser.Parse(json), new WireReader(), string.Empty)),
    };

    private static (string, string, bool)[] KicsConcerns() => new[]
    {
        Concern("EMR040", "EncryptionConfiguration.EnableAtRestEncryption"),
        Concern("EMR041", "EncryptionConfiguration.EnableInTransitEncryption"),
        Concern("EMR042", LocalDisk),
        Concern("EMR047", LocalDisk),
    };

    private static object[] Document(string @case, string json, bool fails, params (string, string, bool)[] concerns) => new object[] { @case, "document", json, fails, concerns };

    private static object[] BlockPublicAccess(string @case, string json, bool fails) =>
        new object[] { @case, "block-public-access", json, fails, new[] { Concern("EMR063", "BlockPublicAccessConfiguration"), Concern("EMR064", "BlockPublicAccessConfiguration") } };

    private static object[] Request(string @case, string json, bool fails) => new object[] { @case, "request", json, fails, new[] { Concern("EMR015", "Instances.Ec2SubnetId") } };

    private static (string, string, bool) Concern(string id, string path) => (id, path, false);

    private static (string, string, bool) Exactly(string id, string path) => (id, path, true);

    private static string Corpus(string name) => EmrDsl.Testing.Corpus.Text(EmrDsl.Testing.Corpus.SecurityConfiguration, name);
}
