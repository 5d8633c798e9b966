using System;
using EmrDsl.Containers;
using EmrDsl.Emit.Terraform;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>Virtual clusters and job templates as aws_emrcontainers_* resources, checked against the provider schema and the safety oracle; refusals name the request path.</summary>
public sealed class EksTerraformTests
{
    private static readonly EksJobTemplate Template = EksJobTemplate.Create("nightly-etl-template", "arn:aws:iam::123456789012:role/emr-on-eks-job-role", "emr-7.2.0-latest")
        .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py").Executors(count: 10, cores: 4, memory: Memory.Gigabytes(8)).Args("s3://my-bucket/config/${Env}.json"))
        .ConfigurationOverrides(
            Classifications.SparkDefaults(s => s.AdaptiveExecution()),
            Classifications.Of("spark-env", c => c.Nested("export", e => e.Set("PYSPARK_PYTHON", "/usr/bin/python3"))))
        .Monitoring(s3LogUri: "s3://my-logs/eks/", cloudWatchLogGroup: "/emr-on-eks/nightly", cloudWatchLogStreamPrefix: "etl", persistentAppUI: true)
        .JobTag("pipeline", "nightly")
        .KmsKey("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        .Tag("team", "data");

    [Fact]
    public void Virtual_cluster_resource_with_its_output_and_required_providers()
    {
        var cluster = EksVirtualCluster.Create("analytics-team-a", "analytics-prod", "emr-data-team-a").Tag("team", "a");

        PayloadAssert.Matches(cluster.ToTerraformJson(requiredProviders: true), PayloadKind.Terraform, "EksTerraform.VirtualCluster.approved.json");
    }

    [Fact]
    public void Job_template_resource_with_every_argument()
    {
        PayloadAssert.Matches(Template.ToTerraformJson("nightly"), PayloadKind.Terraform, "EksTerraform.JobTemplate.approved.json");
    }

    [Fact]
    public void A_password_property_from_a_terraform_variable_stays_a_live_sensitive_reference()
    {
        var template = Template.ConfigurationOverrides(Classifications.Of(
            "spark-defaults",
            c => c.Set("spark.hadoop.javax.jdo.option.ConnectionPassword", Secret.TerraformVariable("metastore_password"))));

        var json = template.ToTerraformJson();

        PayloadOracle.AssertValid(json, PayloadKind.Terraform);
        Assert.Contains("\"spark.hadoop.javax.jdo.option.ConnectionPassword\": \"${var.metastore_password}\"", json);
        Assert.Contains("\"sensitive\": true", json);
    }

    [Fact]
    public void A_literal_password_property_is_refused_with_its_path()
    {
        var template = Template.ConfigurationOverrides(Classifications.Of("spark-defaults", c => c.Set("spark.hadoop.javax.jdo.option.ConnectionPassword", "hunter2")));

        var error = Assert.Throws<LiteralSecretException>(() => template.ToTerraformJson());

        Assert.Equal("jobTemplateData.configurationOverrides.applicationConfiguration[0].properties.spark.hadoop.javax.jdo.option.ConnectionPassword", error.Path);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Members_Terraform_cannot_express_are_refused_with_their_path()
    {
        var secured = EksVirtualCluster.Create("a", "dev", "default").SecurityConfiguration("k3b1x7q9r2mzv0c8d4h6n5p1a");
        var labelled = EksVirtualCluster.Create("a", "dev", "default").With(s => s with
        {
            ContainerProvider = s.ContainerProvider! with { Info = new() { EksInfo = s.ContainerProvider.Info!.EksInfo! with { NodeLabel = "gpu" } } },
        });
        var parametric = Template.Parameter("Env", TemplateParameterType.String, "prod");
        var arguments = Template.SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py").Args("--date", "${Date}"));
        var deep = Template.ConfigurationOverrides(Classifications.Of("spark-env", c => c.Nested("export", e => e.Nested("deeper", d => d.Set("A", "b")))));

        Assert.Equal("securityConfigurationId", Assert.Throws<TerraformConversionException>(() => secured.ToTerraformJson()).Path);
        Assert.Equal("containerProvider.info.eksInfo.nodeLabel", Assert.Throws<TerraformConversionException>(() => labelled.ToTerraformJson()).Path);
        Assert.Equal("jobTemplateData.parameterConfiguration", Assert.Throws<TerraformConversionException>(() => parametric.ToTerraformJson()).Path);
        Assert.Equal("jobTemplateData.jobDriver.sparkSubmitJobDriver.entryPointArguments", Assert.Throws<TerraformConversionException>(() => arguments.ToTerraformJson()).Path);
        Assert.StartsWith("jobTemplateData.configurationOverrides.applicationConfiguration[1].configurations[0].configurations", Assert.Throws<TerraformConversionException>(() => deep.ToTerraformJson()).Path);
    }

    [Fact]
    public void A_resource_name_that_is_not_an_identifier_is_refused()
    {
        Assert.Equal("resourceName", Assert.Throws<ArgumentException>(() => Template.ToTerraformJson("my template")).ParamName);
    }
}
