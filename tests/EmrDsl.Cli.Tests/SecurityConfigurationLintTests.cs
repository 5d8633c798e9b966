using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>
/// <c>emrdsl lint</c> and <c>validate</c> on security configuration documents, and <c>lint --security-configuration</c>,
/// which lets the cluster rules that look inside the configuration (EMR003, EMR014) run on a raw RunJobFlow request.
/// </summary>
public sealed class SecurityConfigurationLintTests
{
    private const string KerberosDocument = """
        {"AuthenticationConfiguration": {"KerberosConfiguration": {"Provider": "ClusterDedicatedKdc", "ClusterDedicatedKdcConfiguration": {"TicketLifetimeInHours": 24}}}}
        """;

    private const string EncryptionDocument = """
        {"EncryptionConfiguration": {"EnableInTransitEncryption": false, "EnableAtRestEncryption": true,
          "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"}}}}
        """;

    private static string Cluster(string kerberos) => $$$"""
        {"Name": "etl", "ReleaseLabel": "emr-7.2.0", "LogUri": "s3://logs/", "SecurityConfiguration": "sc"{{{kerberos}}},
         "Instances": {"Ec2SubnetId": "subnet-1", "InstanceGroups": [
           {"Name": "Master", "InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1},
           {"Name": "Core", "InstanceRole": "CORE", "InstanceType": "m5.xlarge", "InstanceCount": 2}]}}
        """;

    private const string KerberosAttributes = """, "KerberosAttributes": {"Realm": "EC2.INTERNAL", "KdcAdminPassword": "{{resolve:secretsmanager:kdc}}"}""";

    [Fact]
    public void A_document_is_linted_with_findings_at_its_switches()
    {
        var path = Payload.Write(EncryptionDocument);

        var run = CliRun.Of("lint", path, "--warnaserror");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: EMR041 warning: EnableInTransitEncryption is false", run.Output);
        Assert.Contains("(EncryptionConfiguration.EnableInTransitEncryption)", run.Output);
        Assert.Contains("(EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration)", run.Output);
        Assert.DoesNotContain("EMR043", run.Output);
        Assert.Equal(0, CliRun.Of("lint", path).ExitCode);
        Assert.Contains("valid security configuration document", CliRun.Of("validate", path).Output);
    }

    [Fact]
    public void Validate_lists_a_quoted_switch_and_an_unknown_provider_and_exits_1()
    {
        var run = CliRun.Of("validate", Payload.Write("""
            {"EncryptionConfiguration": {"EnableAtRestEncryption": "true",
              "AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsS3"}}}}
            """));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("EncryptionConfiguration.EnableAtRestEncryption: EnableAtRestEncryption: expected true or false but found the string \"true\"", run.Output);
        Assert.Contains("LocalDiskEncryptionConfiguration.EncryptionKeyProviderType: EncryptionKeyProviderType 'AwsS3' is not one of AwsKms, Custom", run.Output);
        Assert.Contains("2 problems; the API would reject this document.", run.Output);
    }

    [Fact]
    public void The_SARIF_region_of_a_switch_is_the_switch()
    {
        var run = CliRun.Of("lint", Payload.Write("{\"EncryptionConfiguration\": {\n  \"EnableInTransitEncryption\": false}}"), "--format", "sarif");

        Assert.Contains("\"ruleId\": \"EMR041\"", run.Output);
        Assert.Contains("\"startLine\": 2,\n                  \"startColumn\": 3,\n                  \"endLine\": 2,\n                  \"endColumn\": 37", run.Output);
    }

    [Fact]
    public void Kerberos_attributes_with_a_configuration_without_Kerberos_are_reported_with_security_configuration()
    {
        var cluster = Payload.Write(Cluster(KerberosAttributes));

        var without = CliRun.Of("lint", cluster);
        var withEncryptionOnly = CliRun.Of("lint", cluster, "--security-configuration", Payload.Write(EncryptionDocument));
        var withKerberos = CliRun.Of("lint", cluster, "--security-configuration", Payload.Write(KerberosDocument));

        Assert.DoesNotContain("EMR014", without.Output);
        Assert.Contains("EMR014 info: KerberosAttributes are set but security configuration 'sc' does not enable Kerberos", withEncryptionOnly.Output);
        Assert.DoesNotContain("EMR014", withKerberos.Output);
    }

    [Fact]
    public void A_configuration_with_Kerberos_and_no_attributes_and_its_missing_encryption_are_reported()
    {
        var run = CliRun.Of("lint", Payload.Write(Cluster(string.Empty)), "--security-configuration", Payload.Write(KerberosDocument));

        Assert.Contains("EMR014 info: Security configuration 'sc' enables Kerberos but the cluster has no KerberosAttributes", run.Output);
        Assert.Contains("EMR003 warning: Security configuration 'sc' does not encrypt EMRFS data at rest in S3", run.Output);
        Assert.DoesNotContain("EMR003", CliRun.Of("lint", Payload.Write(Cluster(string.Empty))).Output);
    }

    [Theory]
    [InlineData("steps", "--security-configuration applies to a RunJobFlow request, but this is an AddJobFlowSteps request")]
    [InlineData("not-a-document", "--security-configuration expects a security configuration document")]
    [InlineData("unnamed", "the request names no SecurityConfiguration")]
    [InlineData("broken", "EncryptionKeyProviderType is empty; set it to one of AwsKms, Custom ('emrdsl lint")]
    public void Security_configuration_misuse_is_a_clear_error(string misuse, string expected)
    {
        var cluster = Payload.Write(Cluster(string.Empty));
        var (payload, document) = misuse switch
        {
            "steps" => (Payload.Write("""{"JobFlowId": "j-1", "Steps": []}"""), Payload.Write(KerberosDocument)),
            "not-a-document" => (cluster, cluster),
            "unnamed" => (Payload.Write(Cluster(string.Empty).Replace("\"SecurityConfiguration\": \"sc\"", "\"VisibleToAllUsers\": true")), Payload.Write(KerberosDocument)),
            _ => (cluster, Payload.Write("""{"EncryptionConfiguration": {"AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": ""}}}}""")),
        };

        var run = CliRun.Of("lint", payload, "--security-configuration", document);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains(expected, run.Error);
    }
}
