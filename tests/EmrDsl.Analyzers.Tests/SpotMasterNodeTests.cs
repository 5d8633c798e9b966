using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

public sealed class SpotMasterNodeTests
{
    private const string Id = "EMR006";

    [Fact]
    public Task Spot_master_group_is_reported_at_the_Spot_call() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge", 1, g => g{|EMR006:.Spot()|})
                .Core("r5.xlarge", 2);
        }
        """, Id);

    [Fact]
    public Task Near_miss_spot_core_group_is_not_a_master_problem() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.Spot());
        }
        """, Id);

    [Fact]
    public Task Fix_replaces_Spot_with_OnDemand_on_the_master() => Verify.CodeFixAsync<SpotMasterNodeFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge", 1, g => g{|EMR006:.Spot(0.2m)|})
                .Core("r5.xlarge", 2);
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge", 1, g => g.OnDemand())
                .Core("r5.xlarge", 2);
        }
        """, Id);
}
