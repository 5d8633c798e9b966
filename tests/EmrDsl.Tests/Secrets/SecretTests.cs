using System;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Secrets;

public sealed class SecretTests
{
    private static Cluster Secure => Cluster.Create("secure")
        .Release(EmrRelease.Emr_7_2_0)
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Subnet("subnet-0123456789abcdef0")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, 2)
        .SecurityConfiguration("kerberos");

    [Theory]
    [InlineData(SecretSource.TerraformVariable, "${var.kdc_admin_password}")]
    [InlineData(SecretSource.AirflowTemplate, "{{ var.value.emr_kdc }}")]
    [InlineData(SecretSource.AirflowTemplate, "{{ conn.emr_kdc.password }}")]
    [InlineData(SecretSource.StepFunctionsPath, "$.secrets.kdcAdminPassword")]
    [InlineData(SecretSource.SecretsManager, "{{resolve:secretsmanager:emr/kdc:SecretString:password}}")]
    [InlineData(SecretSource.SsmParameter, "{{resolve:ssm-secure:/emr/kdc}}")]
    public void Each_factory_writes_the_reference_its_consumer_reads(SecretSource source, string text)
    {
        var secret = source switch
        {
            SecretSource.TerraformVariable => Secret.TerraformVariable("kdc_admin_password"),
            SecretSource.AirflowTemplate when text.Contains("conn") => Secret.AirflowConnection("emr_kdc"),
            SecretSource.AirflowTemplate => Secret.AirflowVariable("emr_kdc"),
            SecretSource.StepFunctionsPath => Secret.StepFunctionsPath("$.secrets.kdcAdminPassword"),
            SecretSource.SecretsManager => Secret.SecretsManager("emr/kdc", "password"),
            _ => Secret.SsmParameter("/emr/kdc"),
        };

        Assert.Equal(new SecretReference(source, text), secret.Reference);
        Assert.Equal(secret.Reference, SecretReference.Parse(text));
    }

    [Theory]
    [InlineData("change-me")]
    [InlineData("${var.}")]
    [InlineData("$")]
    [InlineData("{{}}")]
    [InlineData("p@ss {{ var.value.x }}")]
    public void Any_other_text_is_a_literal(string text) => Assert.Null(SecretReference.Parse(text));

    [Theory]
    [InlineData("1kdc")]
    [InlineData("kdc password")]
    public void A_Terraform_variable_needs_a_Terraform_name(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => Secret.TerraformVariable(name));
        Assert.Equal("name", e.ParamName);
    }

    [Fact]
    public void A_Step_Functions_path_starts_at_the_state_input() =>
        Assert.Contains("start it with '$.'", Assert.Throws<ArgumentException>(() => Secret.StepFunctionsPath("secrets.kdc")).Message);

    [Fact]
    public void Secrets_Manager_ids_cannot_end_the_reference() =>
        Assert.Equal("secretId", Assert.Throws<ArgumentException>(() => Secret.SecretsManager("a}}b")).ParamName);

    [Fact]
    public void The_request_carries_the_references_and_passes_the_service_model()
    {
        var cluster = Secure.Kerberos("EC2.INTERNAL", Secret.StepFunctionsPath("$.secrets.kdc"), Secret.AirflowVariable("trust"), "joiner", Secret.SsmParameter("/emr/join"));

        var json = cluster.ToRunJobFlowJson();

        PayloadOracle.AssertValid(json, PayloadKind.RunJobFlow);
        Assert.Contains("\"KdcAdminPassword\": \"$.secrets.kdc\"", json);
        Assert.Contains("\"CrossRealmTrustPrincipalPassword\": \"{{ var.value.trust }}\"", json);
        Assert.Contains("\"ADDomainJoinPassword\": \"{{resolve:ssm-secure:/emr/join}}\"", json);
        Assert.DoesNotContain(cluster.Validate(), f => f.Id == RuleIds.LiteralSecret);
    }

    [Fact]
    public void Terraform_reads_every_secret_from_a_sensitive_variable()
    {
        var cluster = Secure.Kerberos("EC2.INTERNAL", Secret.TerraformVariable("kdc_admin_password"), Secret.AirflowVariable("trust"));

        var json = cluster.ToTerraformJson();

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Secrets.KerberosTerraform.approved.json");
        Assert.Contains("\"kdc_admin_password\": \"${var.kdc_admin_password}\"", json);
        Assert.Contains("\"cross_realm_trust_principal_password\": \"${var.secure_cross_realm_trust_principal_password}\"", json);
    }

    [Theory]
    [InlineData("RunJobFlow request")]
    [InlineData("Terraform configuration")]
    public void No_artifact_is_written_with_a_literal_secret(string artifact)
    {
        var cluster = Secure.Kerberos("EC2.INTERNAL", "change-me", adDomainJoinPassword: "join-me");

        var e = Assert.Throws<LiteralSecretException>(() => artifact.StartsWith("RunJobFlow", StringComparison.Ordinal) ? cluster.ToRunJobFlowJson() : cluster.ToTerraformJson());

        Assert.Equal("KerberosAttributes.KdcAdminPassword", e.Path);
        Assert.Contains(artifact, e.Message);
        Assert.DoesNotContain("change-me", e.Message);
    }

    [Fact]
    public void A_literal_password_is_EMR016_at_its_member_without_the_value()
    {
        var findings = Secure.Kerberos("EC2.INTERNAL", "change-me", adDomainJoinPassword: "join-me").Validate().Where(f => f.Id == RuleIds.LiteralSecret).ToList();

        Assert.Equal(new[] { "KerberosAttributes.KdcAdminPassword", "KerberosAttributes.ADDomainJoinPassword" }, findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.All(findings, f => Assert.DoesNotContain("-me", f.Message));
        Assert.Contains("Secret.TerraformVariable(\"kdc_admin_password\")", findings[0].Message);
    }

    [Fact]
    public void A_password_configuration_property_is_a_secret_too()
    {
        const string key = "javax.jdo.option.ConnectionPassword";
        var cluster = Secure.With(s => s with
        {
            Configurations = EquatableArray.Create(new ConfigurationSpec
            {
                Classification = "hive-site",
                Properties = EquatableArray.Create(new MapEntry("javax.jdo.option.ConnectionURL", "jdbc:mysql://${host}:3306/hive"), new MapEntry(key, "{{ var.value.metastore }}")),
            }),
        });

        var json = cluster.ToTerraformJson();

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Secrets.ConfigurationTerraform.approved.json");
        Assert.Contains("${var.secure_hive_site_javax_jdo_option_connectionpassword}", json);
        Assert.Contains("\"secure_hive_site_javax_jdo_option_connectionpassword\": {", json);
        Assert.Contains("$${host}", json);
        Assert.Contains("\"" + key + "\": \"{{ var.value.metastore }}\"", cluster.ToRunJobFlowJson());

        var literal = cluster.With(s => s with { Configurations = EquatableArray.Create(s.Configurations[0] with { Properties = EquatableArray.Create(new MapEntry(key, "hunter2")) }) });
        var finding = Assert.Single(literal.Validate(), f => f.Id == RuleIds.LiteralSecret);
        Assert.Equal("Configurations[0].Properties." + key, finding.Path);
        Assert.Equal(finding.Path, Assert.Throws<LiteralSecretException>(() => literal.ToRunJobFlowJson()).Path);
        Assert.Contains(new MapEntry(key, "{{ var.value.metastore }}"), Secure.Configure("hive-site", c => c.Set(key, Secret.AirflowVariable("metastore"))).Spec.Configurations[0].Properties);
    }
}
