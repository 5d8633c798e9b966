using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>The project's seed request (a daily Spark/Hive ETL cluster with one step), written with the DSL.</summary>
public sealed class SeedPayloadTests
{
    /// <summary>The seed request exactly as the issue gives it.</summary>
    private const string SeedRequest = """
        {
          "Name": "etl-daily-2026-04-25",
          "ReleaseLabel": "emr-7.2.0",
          "LogUri": "s3://my-emr-logs/",
          "Applications": [{"Name": "Spark"}, {"Name": "Hive"}],
          "Instances": {
            "InstanceGroups": [
              {"InstanceRole": "MASTER", "InstanceType": "m6g.xlarge", "InstanceCount": 1, "Market": "ON_DEMAND"},
              {"InstanceRole": "CORE", "InstanceType": "m6g.2xlarge", "InstanceCount": 2, "Market": "ON_DEMAND"},
              {"InstanceRole": "TASK", "InstanceType": "m6g.2xlarge", "InstanceCount": 8, "Market": "SPOT", "BidPrice": "OnDemandPrice"}
            ],
            "KeepJobFlowAliveWhenNoSteps": false,
            "Ec2SubnetId": "subnet-0123456789abcdef0"
          },
          "JobFlowRole": "EMR_EC2_DefaultRole",
          "ServiceRole": "EMR_DefaultRole",
          "VisibleToAllUsers": true,
          "Steps": [
            {
              "Name": "Daily ETL",
              "ActionOnFailure": "TERMINATE_CLUSTER",
              "HadoopJarStep": {
                "Jar": "command-runner.jar",
                "Args": ["spark-submit", "--deploy-mode", "cluster", "s3://my-bucket/jobs/etl.py",
                         "--input", "s3://my-bucket/raw/2026-04-25/", "--output", "s3://my-bucket/curated/2026-04-25/"]
              }
            }
          ],
          "Tags": [{"Key": "Owner", "Value": "data-eng"}]
        }
        """;

    internal static Cluster DailyEtl => Cluster.Create("etl-daily-2026-04-25")
        .Release(EmrRelease.Emr_7_2_0)
        .LogUri("s3://my-emr-logs/")
        .Applications(EmrApplication.Spark, EmrApplication.Hive)
        .Master(InstanceTypes.M6g.XLarge, configure: g => g.OnDemand())
        .Core(InstanceTypes.M6g.X2Large, count: 2, g => g.OnDemand())
        .Task(InstanceTypes.M6g.X2Large, count: 8, g => g.Spot(BidPrice.OnDemandPrice))
        .TerminateAfterSteps()
        .Subnet("subnet-0123456789abcdef0")
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .VisibleToAllUsers()
        .Step(Step.SparkSubmit("Daily ETL", "s3://my-bucket/jobs/etl.py")
            .DeployMode(DeployMode.Cluster)
            .Args("--input", "s3://my-bucket/raw/2026-04-25/", "--output", "s3://my-bucket/curated/2026-04-25/")
            .OnFailure(ActionOnFailure.TerminateCluster))
        .Tag("Owner", "data-eng");

    [Fact]
    public void Daily_etl_cluster_produces_exactly_the_seed_request_order_aside() =>
        Assert.Equal(
            JsonSemantics.Normalize(JsonParser.Parse(SeedRequest)),
            JsonSemantics.Normalize(JsonParser.Parse(DailyEtl.ToRunJobFlowJson())));

    [Fact]
    public void Daily_etl_cluster_matches_its_approved_payload() =>
        PayloadAssert.Matches(DailyEtl.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Seed.DailyEtl.approved.json");
}
