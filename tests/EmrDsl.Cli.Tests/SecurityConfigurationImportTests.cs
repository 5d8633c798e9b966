using System.IO;
using System.Linq;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>
/// <c>emrdsl import</c> on security configuration documents: the code writes the same document (by meaning), or the
/// import is refused with one line naming the JSON path and a way out, and nothing is written.
/// </summary>
public sealed class SecurityConfigurationImportTests
{
    /// <summary>Each corpus document imports to code that writes it back, or is refused; which, and the code or the message, read as approved per file.</summary>
    [Theory]
    [MemberData(nameof(CorpusFiles.SecurityConfiguration), MemberType = typeof(CorpusFiles))]
    public void Every_corpus_document_imports_to_code_that_writes_it_back_or_is_refused_with_its_path(string name)
    {
        var path = CorpusFiles.SecurityConfigurationPath(name);

        var run = CliRun.Of("import", path);

        if (run.ExitCode == 0)
        {
            ImportedRequest.RebuildsTheSameRequest(path, "Security.Corpus");
        }
        else
        {
            Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
            Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        }

        Snapshot.Match((run.Error + run.Output).Replace(path.Replace('\\', '/'), name).Replace(path, name), Path.ChangeExtension(name, ".import.txt"));
    }

    [Fact]
    public void Every_section_imports_with_its_fluent_call()
    {
        var code = ImportedCode("""
            {
              "EncryptionConfiguration": {
                "EnableInTransitEncryption": true,
                "EnableAtRestEncryption": true,
                "InTransitEncryptionConfiguration": {
                  "TLSCertificateConfiguration": {
                    "CertificateProviderType": "EMR",
                    "AwsKmsKey": "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012",
                    "SecretTags": [{"Key": "team", "Value": "data"}],
                    "ValidityInDays": 365,
                    "WildcardDnsSuffix": "example.com"
                  }
                },
                "AtRestEncryptionConfiguration": {
                  "S3EncryptionConfiguration": {
                    "EncryptionMode": "SSE-KMS",
                    "AwsKmsKey": "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012",
                    "Overrides": [{"BucketName": "public-data", "EncryptionMode": "SSE-S3"}]
                  },
                  "LocalDiskEncryptionConfiguration": {
                    "EnableEbsEncryption": true,
                    "EncryptionKeyProviderType": "AwsKms",
                    "AwsKmsKey": "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"
                  }
                }
              },
              "AuthenticationConfiguration": {
                "KerberosConfiguration": {
                  "Provider": "ClusterDedicatedKdc",
                  "ClusterDedicatedKdcConfiguration": {
                    "TicketLifetimeInHours": 24,
                    "CrossRealmTrustConfiguration": {"Realm": "AD.DOMAIN.COM", "Domain": "ad.domain.com", "AdminServer": "ad.domain.com", "KdcServer": "ad.domain.com"}
                  }
                },
                "IdentityCenterConfiguration": {
                  "EnableIdentityCenter": true,
                  "IdentityCenterInstanceARN": "arn:aws:sso:::instance/ssoins-1234567890abcdef",
                  "IdentityCenterApplicationAssigmentRequired": false,
                  "EnableUserBackgroundSession": true,
                  "IAMRoleForEMRIdentityCenterApplicationARN": "arn:aws:iam::123456789012:role/EmrIdentityCenter"
                }
              },
              "AuthorizationConfiguration": {
                "EmrFsConfiguration": {
                  "RoleMappings": [
                    {"Role": "arn:aws:iam::123456789012:role/Analysts", "IdentifierType": "User", "Identifiers": ["analyst1", "analyst2"]},
                    {"Role": "arn:aws:iam::123456789012:role/Finance", "IdentifierType": "Prefix", "Identifiers": ["s3://finance-data/"]}
                  ]
                },
                "IAMConfiguration": {"EnableApplicationScopedIAMRole": true, "ApplicationScopedIAMRoleConfiguration": {"PropagateSourceIdentity": false}},
                "LakeFormationConfiguration": {"AuthorizedSessionTagValue": "Amazon EMR"}
              },
              "InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": 2, "HttpPutResponseHopLimit": 2}
            }
            """, "Security.Fluent");

        ContainsAll(
            code,
            "[EmrSecurityConfiguration]",
            "public static SecurityConfiguration Payload => SecurityConfiguration.Create(\"payload\")",
            ".EncryptInTransit(Tls.EmrManaged(awsKmsKey: \"arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012\", validityInDays: 365, wildcardDnsSuffix: \"example.com\")",
            ".SecretTag(\"team\", \"data\")",
            ".EncryptS3AtRest(S3Encryption.SseKms(\"arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012\")",
            ".Override(\"public-data\", S3Encryption.SseS3())",
            ".WithEbsEncryption()",
            ".Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24)",
            ".CrossRealmTrust(\"AD.DOMAIN.COM\", \"ad.domain.com\", \"ad.domain.com\", \"ad.domain.com\")",
            ".IdentityCenter(",
            "applicationAssignmentRequired: false,",
            "userBackgroundSession: true)",
            "EmrFsRoleMapping.ForUsers(\"arn:aws:iam::123456789012:role/Analysts\", \"analyst1\", \"analyst2\")",
            "EmrFsRoleMapping.ForPrefixes(\"arn:aws:iam::123456789012:role/Finance\", \"s3://finance-data/\")",
            ".RuntimeRoles(propagateSourceIdentity: false)",
            ".LakeFormation()",
            ".InstanceMetadataService(2, httpPutResponseHopLimit: 2)");
        Assert.DoesNotContain(".With(", code);
    }

    [Fact]
    public void Values_the_DSL_refuses_and_a_switch_against_its_settings_are_written_raw()
    {
        var code = ImportedCode("""
            {
              "EncryptionConfiguration": {
                "EnableInTransitEncryption": false,
                "EnableAtRestEncryption": false,
                "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": "alias/my-key"}}
              },
              "AuthenticationConfiguration": {
                "KerberosConfiguration": {"Provider": "ExternalKdc", "ExternalKdcConfiguration": {"KdcServerType": "Single", "AdminServer": "kdc.example.com", "KdcServer": "kdc.example.com:88"}}
              }
            }
            """, "Security.Raw");

        ContainsAll(
            code,
            "S3EncryptionConfiguration = new S3EncryptionConfigurationSpec",
            "AwsKmsKey = \"alias/my-key\"",
            ".With(s => s with { DeclaredAtRestEncryption = false })",
            ".Kerberos(KerberosConfiguration.ExternalKdc(\"kdc.example.com\", \"kdc.example.com:88\"))");
    }

    /// <summary>Values the DSL's calls refuse or write otherwise, though the model holds them: each section comes back raw, and the document with it.</summary>
    [Theory]
    [InlineData("""{"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": 3, "HttpPutResponseHopLimit": 1}}""", "InstanceMetadataServiceConfiguration = new InstanceMetadataServiceConfigurationSpec")]
    [InlineData("""{"AuthorizationConfiguration": {"IAMConfiguration": {"EnableApplicationScopedIAMRole": true}, "LakeFormationConfiguration": {"AuthorizedSessionTagValue": "Other"}}}""", "LakeFormationConfiguration = new LakeFormationConfigurationSpec")]
    [InlineData("""{"AuthorizationConfiguration": {"EmrFsConfiguration": {"RoleMappings": [{"Role": "arn:aws:iam::123456789012:role/A", "IdentifierType": "Group", "Identifiers": ["g", "g"]}]}}}""", "RoleMappings = EquatableArray.Create(")]
    [InlineData("""{"AuthenticationConfiguration": {"KerberosConfiguration": {"Provider": "ClusterDedicatedKdc"}}}""", "KerberosConfiguration = new KerberosConfigurationSpec")]
    [InlineData("""{"EncryptionConfiguration": {"EnableInTransitEncryption": true, "EnableAtRestEncryption": false, "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://certs/tls.tar"}}}}""", "TlsCertificateConfiguration = new TlsCertificateConfigurationSpec")]
    public void Sections_the_calls_cannot_build_are_written_raw_and_write_the_document_back(string json, string raw) =>
        Assert.Contains(raw, ImportedCode(json, "Security.Odd"));

    [Fact]
    public void A_switch_the_document_leaves_out_comes_back_as_false_with_a_note()
    {
        var path = Payload.Write("""{"EncryptionConfiguration": {"EnableAtRestEncryption": true, "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"}}}}""");

        var run = CliRun.Of("import", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"emrdsl: {path}: note: EncryptionConfiguration.EnableInTransitEncryption: the document leaves this switch out, so it is off; the DSL writes both switches, so the definition writes false.\n",
            run.Error.Replace("\r\n", "\n"));
        ImportedRequest.RebuildsTheSameRequest(path, "Security.Switch");
    }

    [Theory]
    [InlineData(
        """{"EncryptionConfiguration": {"EnableInTransitEncryption": "true", "EnableAtRestEncryption": false}}""",
        "EncryptionConfiguration.EnableInTransitEncryption: EnableInTransitEncryption: expected true or false but found the string \"true\"; EMR reads only a JSON boolean, so write true without quotes.")]
    [InlineData(
        """{"EncryptionConfiguration": {"EnableAtRestEncryption": true, "AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": ""}}}}""",
        "EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType: EncryptionKeyProviderType is empty; set it to one of AwsKms, Custom.")]
    [InlineData(
        """{"EncryptionConfiguration": [], "AuthenticationConfiguration": {"KerberosConfiguration": {"Provider": "Kdc"}}}""",
        "EncryptionConfiguration: EncryptionConfiguration: expected an object but found an array (and 1 more; 'emrdsl validate ")]
    [InlineData(
        """{"AuthorizationConfiguration": {"RangerConfiguration": {"AdminServerURL": "https://ranger:6182"}}}""",
        "AuthorizationConfiguration.RangerConfiguration: emrdsl does not model this member, so no definition can write it. Remove it from the document to import the rest, or keep this document as JSON.")]
    [InlineData(
        """{"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": 2}}""",
        "InstanceMetadataServiceConfiguration.HttpPutResponseHopLimit: the document leaves this member out, but the DSL always writes it (the number 1), so no definition rebuilds this document.")]
    [InlineData(
        """{"EncryptionConfiguration": {"EnableInTransitEncryption": false, "EnableAtRestEncryption": false}, "InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": 2, "HttpPutResponseHopLimit": 1}}""",
        "EncryptionConfiguration: the document has an object, but the DSL writes nothing here, so no definition rebuilds this document.")]
    [InlineData(
        """{"EncryptionConfiguration": {"EnableInTransitEncryption": false, "EnableAtRestEncryption": false}}""",
        "the document configures nothing a security configuration can write")]
    public void What_the_DSL_cannot_carry_is_refused_at_its_path_and_nothing_is_written(string json, string message)
    {
        var path = Payload.Write(json);
        var target = Path.Combine(Path.GetDirectoryName(path)!, "Imported.cs");

        var run = CliRun.Of("import", path, "--out", target);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith($"emrdsl: {path}: {message}", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(target));
    }

    /// <summary>Checks that the import of <paramref name="json"/> writes it back, and returns the code with the default names.</summary>
    private static string ImportedCode(string json, string @namespace)
    {
        var path = Payload.Write(json);
        ImportedRequest.RebuildsTheSameRequest(path, @namespace);
        return CliRun.Of("import", path).Output;
    }

    private static void ContainsAll(string code, params string[] fragments) => Assert.All(fragments, fragment => Assert.Contains(fragment, code));
}
