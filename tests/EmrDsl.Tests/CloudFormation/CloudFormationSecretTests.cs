using System.Linq;
using EmrDsl.Emit.CloudFormation;
using EmrDsl.Model;
using EmrDsl.Tests.Terraform;
using Xunit;

namespace EmrDsl.Tests.CloudFormation;

/// <summary>Secrets become NoEcho String parameters, referenced where the request holds them; never text in the template.</summary>
public sealed class CloudFormationSecretTests
{
    [Fact]
    public void Each_secret_is_a_NoEcho_parameter_the_cluster_refers_to()
    {
        var template = CloudFormationTemplateTests.Parse(CloudFormationExamples.Secure.ToCloudFormationJson());
        var parameters = template["Parameters"]!.AsObject();
        var cluster = template["Resources"]!["SecureWarehouseCluster"]!["Properties"]!;

        Assert.Equal(
            new[] { "SecureWarehouseClusterCrossRealmTrustPrincipalPassword", "SecureWarehouseClusterHiveSiteJavaxJdoOptionConnectionpassword", "SecureWarehouseClusterKdcAdminPassword" },
            parameters.Select(p => p.Key).ToArray());
        Assert.All(parameters, p =>
        {
            Assert.True((bool)p.Value!["NoEcho"]!);
            Assert.Equal("String", (string?)p.Value!["Type"]);
            Assert.Null(p.Value!["Default"]);
        });
        Assert.Equal("SecureWarehouseClusterKdcAdminPassword", (string?)cluster["KerberosAttributes"]!["KdcAdminPassword"]!["Ref"]);
        Assert.Equal("SecureWarehouseClusterCrossRealmTrustPrincipalPassword", (string?)cluster["KerberosAttributes"]!["CrossRealmTrustPrincipalPassword"]!["Ref"]);
        Assert.Equal(
            "SecureWarehouseClusterHiveSiteJavaxJdoOptionConnectionpassword",
            (string?)cluster["Configurations"]![0]!["ConfigurationProperties"]!["javax.jdo.option.ConnectionPassword"]!["Ref"]);
    }

    [Fact]
    public void The_parameter_description_says_where_the_request_reads_the_secret()
    {
        var template = CloudFormationTemplateTests.Parse(CloudFormationExamples.Secure.ToCloudFormationJson());

        Assert.Equal(
            "KerberosAttributes.KdcAdminPassword of the EMR cluster 'secure-warehouse'; its RunJobFlow request reads it from {{resolve:secretsmanager:emr/kdc:SecretString:password}}.",
            (string?)template["Parameters"]!["SecureWarehouseClusterKdcAdminPassword"]!["Description"]);
    }

    [Fact]
    public void A_literal_secret_writes_no_template()
    {
        var spec = TerraformSpecs.Seed with { KerberosAttributes = new KerberosSpec { Realm = "EC2.INTERNAL", KdcAdminPassword = "hunter2" } };

        var error = Assert.Throws<LiteralSecretException>(() => CloudFormationJson.Write(spec));

        Assert.Equal("KerberosAttributes.KdcAdminPassword", error.Path);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
