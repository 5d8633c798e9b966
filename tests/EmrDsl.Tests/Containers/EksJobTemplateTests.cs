using System;
using System.Linq;
using EmrDsl.Containers;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>EMR on EKS CreateJobTemplate payloads built with the DSL, each checked against the emr-containers service model.</summary>
public sealed class EksJobTemplateTests
{
    internal static readonly EksJobTemplate Nightly = EksJobTemplate.Create("nightly-etl-template", "${ExecutionRole}", "emr-7.2.0-latest")
        .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py")
            .Executors(count: 10, cores: 4, memory: Memory.Gigabytes(8))
            .Args("--date", "${Date}"))
        .ConfigurationOverrides(Classifications.SparkDefaults(s => s.AdaptiveExecution()))
        .Monitoring(s3LogUri: "s3://my-logs/eks/", cloudWatchLogGroup: "/emr-on-eks/nightly", persistentAppUI: false)
        .Parameter("ExecutionRole", TemplateParameterType.String)
        .Parameter("Date", TemplateParameterType.String, defaultValue: "2026-01-01")
        .JobTag("pipeline", "nightly")
        .KmsKey("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        .Tag("team", "data");

    [Fact]
    public void Template_with_parameters_and_every_setting()
    {
        var json = Nightly.ToCreateJobTemplateJson();

        PayloadAssert.Matches(json, PayloadKind.EksCreateJobTemplate, "EksJobTemplate.approved.json");
        Assert.Contains("\"persistentAppUI\": \"DISABLED\"", json);
        Assert.DoesNotContain("clientToken", json);
    }

    [Fact]
    public void A_spark_sql_template_with_a_parametric_release_is_valid()
    {
        var template = EksJobTemplate.Create("report", "arn:aws:iam::123456789012:role/emr-on-eks-job-role", "${ReleaseLabel}")
            .SparkSql("s3://my-bucket/sql/report.sql", "--conf spark.executor.instances=${Executors}")
            .Parameter("ReleaseLabel", TemplateParameterType.String, "emr-7.2.0-latest")
            .Parameter("Executors", TemplateParameterType.Number, "4");

        PayloadOracle.AssertValid(template.ToCreateJobTemplateJson(), PayloadKind.EksCreateJobTemplate);
    }

    [Fact]
    public void Declaring_a_parameter_again_replaces_it_in_place()
    {
        var template = Nightly.Parameter("ExecutionRole", TemplateParameterType.String, "arn:aws:iam::123456789012:role/default");

        Assert.Equal(new[] { "ExecutionRole", "Date" }, template.Spec.JobTemplateData!.ParameterConfiguration.Select(p => p.Key));
        Assert.Equal("arn:aws:iam::123456789012:role/default", template.Spec.JobTemplateData.ParameterConfiguration[0].Value.DefaultValue);
    }

    [Theory]
    [InlineData("not-a-role", "emr-7.2.0-latest", "executionRoleArn")]
    [InlineData("${ExecutionRole}", "emr 7", "releaseLabel")]
    [InlineData("${Execution Role}", "emr-7.2.0-latest", "executionRoleArn")]
    public void Values_that_are_neither_valid_nor_a_placeholder_are_refused(string role, string release, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => EksJobTemplate.Create("t", role, release));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void A_KMS_key_alias_is_refused_in_EMR_on_EKS_terms_and_a_placeholder_is_kept()
    {
        var template = EksJobTemplate.Create("t", "${Role}", "emr-7.2.0-latest");

        var error = Assert.ThrowsAny<ArgumentException>(() => template.KmsKey("arn:aws:kms:us-east-1:123456789012:alias/etl"));

        Assert.Equal("kmsKeyArn", error.ParamName);
        Assert.Contains("a job template does not take an alias", error.Message);
        Assert.DoesNotContain("Serverless", error.Message);
        Assert.Equal("${Key}", template.KmsKey("${Key}").Spec.KmsKeyArn);
    }

    [Fact]
    public void A_literal_password_is_refused_and_a_template_parameter_is_kept()
    {
        const string Key = "spark.hadoop.javax.jdo.option.ConnectionPassword";
        var template = EksJobTemplate.Create("t", "${Role}", "emr-7.2.0-latest").SparkSubmit(SparkJob.For("s3://acme-jobs/hive.py"));

        var refused = Assert.Throws<EmrDsl.Model.LiteralSecretException>(() => template
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set(Key, "hunter2"))).ToCreateJobTemplateJson());
        var parametric = template
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set(Key, "${MetastorePassword}")))
            .Parameter("MetastorePassword", TemplateParameterType.String)
            .ToCreateJobTemplateJson();

        Assert.Equal("jobTemplateData.configurationOverrides.applicationConfiguration[0].properties." + Key, refused.Path);
        Assert.DoesNotContain("hunter2", refused.Message);
        Assert.Contains(".Parameter(\"MetastorePassword\"", refused.Message);
        Assert.Contains("\"${MetastorePassword}\"", parametric);
    }

    [Fact]
    public void A_template_without_a_driver_is_refused_with_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EksJobTemplate.Create("t", "${Role}", "emr-7.2.0-latest").ToCreateJobTemplateJson());

        Assert.Contains(".SparkSubmit(job)", error.Message);
    }
}
