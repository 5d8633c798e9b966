using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>The seed request of the project (a daily Spark/Hive ETL cluster), written with the DSL; its step is added by the steps DSL.</summary>
public sealed class SeedPayloadTests
{
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
        .Tag("Owner", "data-eng");

    [Fact]
    public void Daily_etl_cluster_matches_the_seed_payload_without_its_step() =>
        PayloadAssert.Matches(DailyEtl.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Seed.DailyEtl.approved.json");
}
