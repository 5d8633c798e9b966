using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Emit.Terraform;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Terraform;

/// <summary>Real RunJobFlow requests: each one becomes a schema-valid document or a clear conversion error.</summary>
public sealed class TerraformCorpusTests
{
    public static IEnumerable<object[]> Files() => Corpus.Rows(Corpus.RunJobFlow);

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_request_converts_to_a_valid_document_or_says_why_not(string file)
    {
        var spec = TerraformSpecs.Corpus(file);
        string json;
        try
        {
            json = TerraformJson.Write(spec);
        }
        catch (TerraformConversionException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Path));
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            return;
        }
        catch (EmrDsl.Model.LiteralSecretException e)
        {
            // A request holding a password (033's Hive metastore) is refused until the password becomes a Secret.
            Assert.StartsWith(e.Path + " holds a literal secret", e.Message);
            return;
        }

        TerraformSchemaOracle.AssertValid(json);
        TerraformSafetyOracle.AssertSafe(json);
    }

    [Fact]
    public void A_corpus_request_with_a_literal_password_is_written_once_the_password_is_a_variable()
    {
        var spec = TerraformSpecs.Corpus("033-dwp-adg-spot-block-weighted-core-fleet.json");
        foreach (var secret in EmrDsl.Model.SecretValue.Literals(spec).ToList())
        {
            spec = secret.Replace(spec, Secret.TerraformVariable(secret.TerraformName).Reference.Text);
        }

        var json = EmrDsl.Emit.RunJobFlowJson.Write(spec);

        PayloadOracle.AssertValid(json, PayloadKind.RunJobFlow);
        Assert.Contains("\"javax.jdo.option.ConnectionPassword\": \"${var.hive_site_javax_jdo_option_connectionpassword}\"", json);
        Assert.DoesNotContain("metadata-store-v2-writer", json);
    }

    [Theory]
    [InlineData("user-cli-capstone.json")]
    [InlineData("awscli-release-label-create-cluster-with-managed-scaling-policy.json")]
    [InlineData("awscli-release-label-instance-fleets-with-spot-allocation-strategy.json")]
    public void Corpus_request_snapshot(string file)
    {
        // The AWS CLI's test requests leave out roles and name an availability zone the provider has no
        // argument for; supply the roles and drop the zone so the rest of the request is exercised.
        var spec = TerraformSpecs.Corpus(file);
        spec = spec with
        {
            ServiceRole = spec.ServiceRole ?? "EMR_DefaultRole",
            JobFlowRole = spec.JobFlowRole ?? "EMR_EC2_DefaultRole",
            Instances = spec.Instances! with { Placement = null },
        };

        var json = TerraformJson.Write(spec);

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.Corpus." + Path.GetFileNameWithoutExtension(file) + ".approved.json");
    }

    [Theory]
    [InlineData("user-airflow-spot-master-core.json", "Instances.InstanceGroups[0].BidPrice")]
    [InlineData("awscli-ami-version-ami-version.json", "AmiVersion")]
    public void Corpus_request_that_terraform_cannot_express(string file, string path)
    {
        var error = Assert.Throws<TerraformConversionException>(() => TerraformJson.Write(TerraformSpecs.Corpus(file)));

        Assert.Equal(path, error.Path);
    }
}
