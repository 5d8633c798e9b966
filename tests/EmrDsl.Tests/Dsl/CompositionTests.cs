using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>A shared base refined per environment: each refinement is a new definition and the base never changes.</summary>
public sealed class CompositionTests
{
    private static readonly Cluster Base = Cluster.Create("etl")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark, EmrApplication.Hive)
        .LogUri("s3://my-emr-logs/")
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Subnet("subnet-0123456789abcdef0")
        .Master(InstanceTypes.M6g.XLarge, configure: g => g.OnDemand())
        .Core(InstanceTypes.M6g.X2Large, count: 2, g => g.OnDemand().Ebs(VolumeType.Gp3, 128))
        .SparkDefaults(s => s.AdaptiveExecution().ShufflePartitions(200))
        .Tag("Owner", "data-eng");

    private static Cluster Dev => Base.Named("etl-dev")
        .Tag("Environment", "dev")
        .KeepAlive()
        .AutoTerminateAfterIdle(System.TimeSpan.FromMinutes(30));

    private static Cluster Prod => Base.Named("etl-prod")
        .Tag("Environment", "prod")
        .Core(g => g.Count(10))
        .Task(InstanceTypes.M6g.X2Large, 20, g => g.Named("spot").Spot(BidPrice.OnDemandPrice))
        .SparkDefaults(s => s.ShufflePartitions(2000))
        .TerminationProtected()
        .TerminateAfterSteps();

    [Fact]
    public void Refinements_leave_the_base_unchanged()
    {
        var before = Base.Spec;
        _ = Dev;
        _ = Prod;

        Assert.Equal(before, Base.Spec);
        Assert.Equal("etl", Base.Spec.Name);
        Assert.Equal(2, Base.Spec.Instances!.InstanceGroups[1].InstanceCount);
        Assert.Equal("200", Base.Spec.Configurations[0].Properties.Get("spark.sql.shuffle.partitions"));
        Assert.Single(Base.Spec.Tags);
    }

    [Fact]
    public void Sibling_environments_do_not_see_each_other()
    {
        var dev = Dev.Spec;
        var prod = Prod.Spec;

        Assert.Equal("dev", dev.Tags.Get("Environment"));
        Assert.Equal("prod", prod.Tags.Get("Environment"));
        Assert.Equal(2, dev.Instances!.InstanceGroups.Count);
        Assert.Equal(3, prod.Instances!.InstanceGroups.Count);
        Assert.Null(dev.Instances.TerminationProtected);
        Assert.Null(prod.AutoTerminationPolicy);
        Assert.Equal("200", dev.Configurations[0].Properties.Get("spark.sql.shuffle.partitions"));
        Assert.Equal("2000", prod.Configurations[0].Properties.Get("spark.sql.shuffle.partitions"));
    }

    [Fact]
    public void Building_the_same_refinement_twice_gives_equal_definitions() =>
        Assert.Equal(Prod.Spec, Prod.Spec);

    [Fact]
    public void Dev_payload() =>
        PayloadAssert.Matches(Dev.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Composition.Dev.approved.json");

    [Fact]
    public void Prod_payload() =>
        PayloadAssert.Matches(Prod.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Composition.Prod.approved.json");

    [Fact]
    public void Prod_core_keeps_the_base_settings_it_did_not_name()
    {
        var core = Prod.Spec.Instances!.InstanceGroups[1];

        Assert.Equal(InstanceRole.Core, core.InstanceRole);
        Assert.Equal(Market.OnDemand, core.Market);
        Assert.Equal(10, core.InstanceCount);
        Assert.Equal(128, core.EbsConfiguration!.EbsBlockDeviceConfigs[0].VolumeSpecification!.SizeInGB);
    }
}
