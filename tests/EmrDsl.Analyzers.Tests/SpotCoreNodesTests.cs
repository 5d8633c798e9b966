using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

public sealed class SpotCoreNodesTests
{
    private const string Id = "EMR001";

    [Fact]
    public Task Spot_core_group_is_reported_at_the_Spot_call() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g{|EMR001:.Spot()|});
        }
        """, Id);

    [Fact]
    public Task Spot_core_fleet_is_reported_at_its_spot_capacity() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .MasterFleet(f => f.OnDemandCapacity(1).InstanceType("m5.xlarge"))
                .CoreFleet(f => f.OnDemandCapacity(2){|EMR001:.SpotCapacity(4)|}.InstanceType("r5.xlarge"));
        }
        """, Id);

    [Fact]
    public Task On_demand_core_and_spot_task_groups_are_fine() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.OnDemand())
                .Task("r5.xlarge", 8, g => g.Spot());
        }
        """, Id);

    [Fact]
    public Task Near_miss_a_later_OnDemand_overrides_the_Spot_call() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.Spot().OnDemand());
        }
        """, Id);

    [Fact]
    public Task Near_miss_an_unmarked_member_is_not_analyzed() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.Spot());
        }
        """, Id);

    [Fact]
    public Task A_base_shared_by_two_definitions_is_reported_once() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            private static Cluster Base => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g{|EMR001:.Spot("0.5")|});

            [EmrCluster]
            public static Cluster Dev => Base.Named("etl-dev");

            [EmrCluster]
            public static Cluster Prod => Base.Named("etl-prod");
        }
        """, Id);

    [Fact]
    public Task Fix_replaces_Spot_with_OnDemand() => Verify.CodeFixAsync<SpotCoreNodesFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g{|EMR001:.Spot("0.35")|}.EbsOptimized());

            [EmrCluster]
            public static Cluster Other => Cluster.Create("other")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 4, g => g{|EMR001:.Spot()|});
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.OnDemand().EbsOptimized());

            [EmrCluster]
            public static Cluster Other => Cluster.Create("other")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 4, g => g.OnDemand());
        }
        """, Id, iterations: 2);

    [Fact]
    public Task Fix_moves_fleet_spot_units_to_on_demand() => Verify.CodeFixAsync<SpotCoreNodesFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Added => Cluster.Create("added")
                .MasterFleet(f => f.OnDemandCapacity(1).InstanceType("m5.xlarge"))
                .CoreFleet(f => f.OnDemandCapacity(2){|EMR001:.SpotCapacity(4)|}.InstanceType("r5.xlarge"));

            [EmrCluster]
            public static Cluster Renamed => Cluster.Create("renamed")
                .MasterFleet(f => f.OnDemandCapacity(1).InstanceType("m5.xlarge"))
                .CoreFleet(f => f{|EMR001:.SpotCapacity(3)|}.InstanceType("r5.xlarge"));
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Added => Cluster.Create("added")
                .MasterFleet(f => f.OnDemandCapacity(1).InstanceType("m5.xlarge"))
                .CoreFleet(f => f.OnDemandCapacity(6).InstanceType("r5.xlarge"));

            [EmrCluster]
            public static Cluster Renamed => Cluster.Create("renamed")
                .MasterFleet(f => f.OnDemandCapacity(1).InstanceType("m5.xlarge"))
                .CoreFleet(f => f.OnDemandCapacity(3).InstanceType("r5.xlarge"));
        }
        """, Id, iterations: 2);
}
