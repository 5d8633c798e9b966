using System.IO;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Terraform;

/// <summary>Cluster specs the Terraform tests share: the seed cluster, and real requests from the corpus.</summary>
internal static class TerraformSpecs
{
    /// <summary>The seed cluster: a nightly Spark/Hive ETL run on groups, with Spot task capacity.</summary>
    public static ClusterSpec Seed => new()
    {
        Name = "etl-daily-2026-04-25",
        ReleaseLabel = "emr-7.2.0",
        LogUri = "s3://my-emr-logs/",
        Applications = EquatableArray.Create(new ApplicationSpec { Name = "Spark" }, new ApplicationSpec { Name = "Hive" }),
        Instances = new InstancesSpec
        {
            InstanceGroups = EquatableArray.Create(
                Group(InstanceRole.Master, "m6g.xlarge", 1, Market.OnDemand),
                Group(InstanceRole.Core, "m6g.2xlarge", 2, Market.OnDemand),
                Group(InstanceRole.Task, "m6g.2xlarge", 8, Market.Spot) with { BidPrice = "OnDemandPrice" }),
            KeepJobFlowAliveWhenNoSteps = false,
            Ec2SubnetId = "subnet-0123456789abcdef0",
        },
        JobFlowRole = "EMR_EC2_DefaultRole",
        ServiceRole = "EMR_DefaultRole",
        VisibleToAllUsers = true,
        Steps = EquatableArray.Create(new StepSpec
        {
            Name = "Daily ETL",
            ActionOnFailure = ActionOnFailure.TerminateCluster,
            HadoopJarStep = new HadoopJarStepSpec
            {
                Jar = "command-runner.jar",
                Args = EquatableArray.Create(
                    "spark-submit", "--deploy-mode", "cluster", "s3://my-bucket/jobs/etl.py",
                    "--input", "s3://my-bucket/raw/2026-04-25/", "--output", "s3://my-bucket/curated/2026-04-25/"),
            },
        }),
        Tags = EquatableArray.Create(new MapEntry("Owner", "data-eng")),
    };

    public static InstanceGroupSpec Group(InstanceRole role, string type, int count, Market market) =>
        new() { InstanceRole = role, InstanceType = type, InstanceCount = count, Market = market };

    public static ClusterSpec Corpus(string file)
    {
        var reader = new WireReader();
        var spec = ClusterSpec.Shape.Read(JsonParser.Parse(Testing.Corpus.Text(Testing.Corpus.RunJobFlow, file)), reader, string.Empty);
        Assert.Empty(reader.Errors);
        return spec;
    }
}
