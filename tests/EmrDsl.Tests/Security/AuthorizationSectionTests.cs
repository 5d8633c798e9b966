using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Rules;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;
using static EmrDsl.Tests.Security.SecurityDocuments;

namespace EmrDsl.Tests.Security;

/// <summary>
/// Runtime roles (IAMConfiguration), Lake Formation and Identity Center: what the DSL writes (oracle-checked, approved,
/// read back unchanged), what it refuses, and EMR049 and EMR060-EMR062 with passing and failing cases on DSL
/// definitions and on raw documents.
/// </summary>
public sealed class AuthorizationSectionTests
{
    private const string StepRole = "arn:aws:iam::123456789012:role/AnalystStepRole";
    private const string IdentityCenterInstance = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
    private const string IdentityCenterRole = "arn:aws:iam::123456789012:role/EmrIdentityCenter";

    // The EMR Management Guide's "Enable Lake Formation with Amazon EMR" document, with PEM certificates as its step 1 shows them (the bucket lower-cased: S3 bucket names cannot hold capitals).
    private const string GuideLakeFormation = """
        {"AuthorizationConfiguration": {"IAMConfiguration": {"EnableApplicationScopedIAMRole": true,
            "ApplicationScopedIAMRoleConfiguration": {"PropagateSourceIdentity": true}},
          "LakeFormationConfiguration": {"AuthorizedSessionTagValue": "Amazon EMR"}},
         "EncryptionConfiguration": {"EnableAtRestEncryption": false, "EnableInTransitEncryption": true,
          "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://my-config-store/artifacts/MyCerts.zip"}}}}
        """;

    // Identity Center, runtime roles and Lake Formation as the DSL writes them, on one line each so a case can change one member.
    private const string CleanGoverned = """
        {"AuthenticationConfiguration": {"IdentityCenterConfiguration": {"EnableIdentityCenter": true,
            "IdentityCenterInstanceARN": "arn:aws:sso:::instance/ssoins-1234567890abcdef",
            "IdentityCenterApplicationAssigmentRequired": false, "EnableUserBackgroundSession": true, "IAMRoleForEMRIdentityCenterApplicationARN": "arn:aws:iam::123456789012:role/EmrIdentityCenter"}},
         "AuthorizationConfiguration": {"IAMConfiguration": {"EnableApplicationScopedIAMRole": true, "ApplicationScopedIAMRoleConfiguration": {"PropagateSourceIdentity": true}},
          "LakeFormationConfiguration": {"AuthorizedSessionTagValue": "Amazon EMR"}}}
        """;

    private static readonly SecurityConfiguration Governed = SecurityConfiguration.Create("governed")
        .EncryptInTransit(EmrDsl.Tls.PemFromS3("s3://my-config/certs/my-certs.zip"))
        .IdentityCenter(IdentityCenterInstance, IdentityCenterRole, applicationAssignmentRequired: false, userBackgroundSession: true)
        .RuntimeRoles()
        .LakeFormation()
        .InstanceMetadataService(2);

    [Fact]
    public void Runtime_roles_Lake_Formation_and_Identity_Center_are_written_in_the_guide_s_order() =>
        PayloadAssert.Matches(Governed.ToJson(), PayloadKind.SecurityConfiguration, "Governed.approved.json");

    [Fact]
    public void Runtime_roles_alone_make_a_document_and_can_leave_source_identity_off()
    {
        var json = SecurityConfiguration.Create("roles").RuntimeRoles(propagateSourceIdentity: false).ToJson();

        SecurityConfigurationOracle.AssertValid(json);
        Assert.Contains("\"PropagateSourceIdentity\":false", json.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void The_document_reads_back_into_the_model_the_DSL_wrote()
    {
        var document = Read(Governed.ToJson());

        Assert.Empty(document.Errors);
        Assert.Empty(document.Unchecked);
        Assert.Equal(Governed.Spec with { Name = "doc", DeclaredAtRestEncryption = false, DeclaredInTransitEncryption = true }, document.Spec);
    }

    [Fact]
    public void The_guide_s_Lake_Formation_document_reads_without_errors_or_unchecked_members_and_passes_the_new_rules()
    {
        var document = Read(GuideLakeFormation);

        Assert.Empty(document.Errors);
        Assert.Empty(document.Unchecked);
        Assert.True(document.Spec.EnablesRuntimeRoles);
        Assert.Equal(new[] { "EMR040", "EMR046" }, SecurityConfigurationRuleSet.Run(document).Select(f => f.Id).ToArray());
        SecurityConfigurationOracle.AssertValid(GuideLakeFormation);
    }

    [Fact]
    public void Lake_Formation_without_runtime_roles_cannot_be_written()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SecurityConfiguration.Create("lake").LakeFormation());

        Assert.Contains(".RuntimeRoles().LakeFormation()", error.Message);
    }

    [Theory]
    [InlineData("ssoins-1234567890abcdef")]
    [InlineData("arn:aws:sso:::instance/1234567890abcdef")]
    [InlineData("arn:aws:iam::123456789012:role/EmrIdentityCenter")]
    public void An_Identity_Center_instance_that_is_not_an_instance_ARN_is_refused(string instance)
    {
        var error = Assert.Throws<ArgumentException>(() => SecurityConfiguration.Create("idc").IdentityCenter(instance, IdentityCenterRole));

        Assert.Contains("arn:aws:sso:::instance/ssoins-", error.Message);
        Assert.Equal("identityCenterInstanceArn", error.ParamName);
    }

    [Fact]
    public void The_DSL_sections_pass_every_new_rule()
    {
        Assert.DoesNotContain(Governed.Validate(), f => f.Id is "EMR060" or "EMR061" or "EMR062");
    }

    public static IEnumerable<object[]> FailingDocuments() => new[]
    {
        new object[] { "\"EnableApplicationScopedIAMRole\": true", "\"EnableApplicationScopedIAMRole\": false", "EMR060", "AuthorizationConfiguration.IAMConfiguration" },
        new object[] { "\"AuthorizedSessionTagValue\": \"Amazon EMR\"", "\"AuthorizedSessionTagValue\": \"EMR\"", "EMR061", "AuthorizationConfiguration.LakeFormationConfiguration.AuthorizedSessionTagValue" },
        new object[] { "\"AuthorizedSessionTagValue\": \"Amazon EMR\"", string.Empty, "EMR061", "AuthorizationConfiguration.LakeFormationConfiguration.AuthorizedSessionTagValue" },
        new object[] { "\"IdentityCenterInstanceARN\": \"" + IdentityCenterInstance + "\",", string.Empty, "EMR062", "AuthenticationConfiguration.IdentityCenterConfiguration.IdentityCenterInstanceARN" },
        new object[] { IdentityCenterInstance, "ssoins-1234567890abcdef", "EMR062", "AuthenticationConfiguration.IdentityCenterConfiguration.IdentityCenterInstanceARN" },
        new object[] { ", \"IAMRoleForEMRIdentityCenterApplicationARN\": \"" + IdentityCenterRole + "\"", string.Empty, "EMR062", "AuthenticationConfiguration.IdentityCenterConfiguration.IAMRoleForEMRIdentityCenterApplicationARN" },
    };

    [Theory]
    [MemberData(nameof(FailingDocuments))]
    public void One_change_to_a_clean_document_is_one_new_finding_at_its_member(string from, string to, string id, string path)
    {
        Assert.Empty(New(Read(CleanGoverned)));
        Assert.Contains(from, CleanGoverned);

        var findings = New(Read(CleanGoverned.Replace(from, to, StringComparison.Ordinal)));

        Assert.Equal(new[] { (id, path) }, findings.Select(f => (f.Id, f.Path)).ToArray());
    }

    [Fact]
    public void Identity_Center_switched_off_needs_nothing_else()
    {
        var document = Read("""{"AuthenticationConfiguration": {"IdentityCenterConfiguration": {"EnableIdentityCenter": false}}}""");

        Assert.Empty(New(document));
    }

    [Fact]
    public void EMR049_a_runtime_role_on_a_cluster_without_a_security_configuration()
    {
        var finding = Assert.Single(Cluster.Create("etl").StepExecutionRole(StepRole).Validate(), f => f.Id == "EMR049");

        Assert.Equal(("StepExecutionRoleArn", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Contains("names no SecurityConfiguration", finding.Message);
    }

    [Fact]
    public void EMR049_a_runtime_role_with_an_authored_configuration_that_does_not_enable_them()
    {
        var cluster = Cluster.Create("etl")
            .SecurityConfiguration(SecurityConfiguration.Create("encrypted").EncryptS3AtRest(S3Encryption.SseKms(KmsKey)))
            .StepExecutionRole(StepRole);

        var finding = Assert.Single(cluster.Validate(), f => f.Id == "EMR049");

        Assert.Contains("'encrypted' does not enable runtime roles", finding.Message);
    }

    [Fact]
    public void EMR049_is_satisfied_by_runtime_roles_and_silent_on_a_configuration_known_only_by_name()
    {
        var enabled = Cluster.Create("etl").SecurityConfiguration(SecurityConfiguration.Create("roles").RuntimeRoles()).StepExecutionRole(StepRole);
        var named = Cluster.Create("etl").SecurityConfiguration("team-roles").StepExecutionRole(StepRole);
        var noRole = Cluster.Create("etl");

        Assert.DoesNotContain(enabled.Validate(), f => f.Id == "EMR049");
        Assert.DoesNotContain(named.Validate(), f => f.Id == "EMR049");
        Assert.DoesNotContain(noRole.Validate(), f => f.Id == "EMR049");
    }

    [Fact]
    public void EMR049_judges_a_raw_request_with_the_document_it_names()
    {
        var request = Cluster.Create("etl").SecurityConfiguration("lake").StepExecutionRole(StepRole).Spec;
        var withoutRoles = Read(GuideLakeFormation.Replace("\"EnableApplicationScopedIAMRole\": true", "\"EnableApplicationScopedIAMRole\": false", StringComparison.Ordinal)).Spec with { Name = "lake" };
        var withRoles = Read(GuideLakeFormation).Spec with { Name = "lake" };

        Assert.Contains(RuleSet.Run(request, new RuleContext { SecurityConfiguration = withoutRoles }), f => f.Id == "EMR049");
        Assert.DoesNotContain(RuleSet.Run(request, new RuleContext { SecurityConfiguration = withRoles }), f => f.Id == "EMR049");
    }

    /// <summary>The findings of the rules this class is about.</summary>
    private static Finding[] New(SecurityConfigurationDocument document) =>
        SecurityConfigurationRuleSet.Run(document).Where(f => f.Id is "EMR060" or "EMR061" or "EMR062" or "EMR047" or "EMR048").ToArray();

    private static SecurityConfigurationDocument Read(string json) => SecurityConfigurationReader.Read((JsonObject)JsonParser.Parse(json), "doc");
}
