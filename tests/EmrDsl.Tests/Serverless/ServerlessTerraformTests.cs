using System;
using EmrDsl.Serverless;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>The application as an aws_emrserverless_application resource: the seed reproduced, escaping, refusals.</summary>
public sealed class ServerlessTerraformTests
{
    [Fact]
    public void Seed_resource_is_reproduced()
    {
        var application = ServerlessApplication.Create("analytics-emr-sls")
            .Release(EmrRelease.Emr_7_0_0)
            .Type(ServerlessEngine.Spark)
            .InitialCapacity(WorkerKind.Driver, workers: 1, cpu: Cpu.VCpus(2), memory: Memory.Gigabytes(4))
            .InitialCapacity(WorkerKind.Executor, workers: 2, cpu: Cpu.VCpus(4), memory: Memory.Gigabytes(8))
            .MaximumCapacity(cpu: Cpu.VCpus(64), memory: Memory.Gigabytes(128))
            .Tag("Owner", "data-eng")
            .Tag("Project", "analytics");

        PayloadAssert.Matches(application.ToTerraformJson(), PayloadKind.Terraform, "ServerlessTerraform.Seed.approved.json");
    }

    [Fact]
    public void Every_supported_setting()
    {
        var application = ServerlessApplicationSnapshotTests.Seed
            .Architecture(ServerlessArchitecture.Arm64)
            .AutoStart()
            .AutoStop(TimeSpan.FromMinutes(30))
            .Image("123456789012.dkr.ecr.us-east-1.amazonaws.com/my-spark:7.0.0")
            .Interactive(studio: true)
            .Network(new[] { "subnet-0123456789abcdef0" }, new[] { "sg-0123456789abcdef0" })
            .SparkDefaults(s => s.Set("spark.driver.extraJavaOptions", "-Dapp.home=${HOME}"))
            .Monitoring(s3LogUri: "s3://my-logs/emr-serverless/", managedPersistence: true, cloudWatchLogGroup: "/aws/emr-serverless")
            .Scheduler(maxConcurrentRuns: 10)
            .Tag("Template", "%{literal}");

        var json = application.ToTerraformJson("etl");

        PayloadAssert.Matches(json, PayloadKind.Terraform, "ServerlessTerraform.Full.approved.json");
        Assert.Contains("-Dapp.home=$${HOME}", json);
        Assert.Contains("%%{literal}", json);
    }

    [Theory]
    [InlineData("nightly-etl", "nightly_etl")]
    [InlineData("Team/ETL#2", "team_etl_2")]
    [InlineData("2026.daily", "application_2026_daily")]
    public void Resource_names_derive_from_the_application_name(string name, string resource) =>
        Assert.Contains($"\"{resource}\": {{", ServerlessApplication.Create(name).Release("emr-7.0.0").Type(ServerlessEngine.Spark).ToTerraformJson());

    [Fact]
    public void Settings_the_provider_cannot_hold_are_refused()
    {
        var encrypted = ServerlessApplicationSnapshotTests.Seed.DiskEncryption("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        var error = Assert.Throws<EmrDsl.Emit.Terraform.TerraformConversionException>(() => encrypted.ToTerraformJson());
        Assert.Equal("diskEncryptionConfiguration", error.Path);
    }

    [Fact]
    public void A_given_resource_name_must_be_an_identifier() =>
        Assert.Equal("resourceName", Assert.Throws<ArgumentException>(() => ServerlessApplicationSnapshotTests.Seed.ToTerraformJson("my app")).ParamName);
}
