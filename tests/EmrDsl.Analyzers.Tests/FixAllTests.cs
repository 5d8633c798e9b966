using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

/// <summary>
/// Every fixer's Fix All, over two documents: in document scope (once per document), project and solution scope,
/// each finding fixed as the light bulb fixes it alone.
/// </summary>
public sealed class FixAllTests
{
    [Fact]
    public Task EMR001_Fix_All_moves_every_core_group_and_fleet_off_Spot() => Verify.FixAllAsync<SpotCoreNodesFixer>(
        "EMR001",
        (Cluster("A", """.Core("r5.xlarge", 2, g => g{|EMR001:.Spot()|})"""), Cluster("A", """.Core("r5.xlarge", 2, g => g.OnDemand())""")),
        (Cluster("B", """.CoreFleet(f => f.InstanceType("r5.xlarge"){|EMR001:.SpotCapacity(4)|})"""), Cluster("B", """.CoreFleet(f => f.InstanceType("r5.xlarge").OnDemandCapacity(4))""")));

    [Fact]
    public Task EMR002_Fix_All_sets_LogUri_in_every_definition() => Verify.FixAllAsync<MissingLogUriFixer>(
        "EMR002",
        ("""
        using EmrDsl;

        public static partial class A
        {
            [EmrCluster]
            public static Cluster {|EMR002:One|} => Cluster.Create("one");

            [EmrCluster]
            public static Cluster {|EMR002:Two|} => Cluster.Create("two")
                .Master("m5.xlarge");
        }
        """, """
        using EmrDsl;

        public static partial class A
        {
            [EmrCluster]
            public static Cluster One => Cluster.Create("one").LogUri("s3://CHANGE-ME/emr-logs/");

            [EmrCluster]
            public static Cluster Two => Cluster.Create("two")
                .Master("m5.xlarge")
                .LogUri("s3://CHANGE-ME/emr-logs/");
        }
        """),
        ("""
        using EmrDsl;

        public static partial class B
        {
            [EmrCluster]
            public static Cluster {|EMR002:Three|} => Cluster.Create("three");
        }
        """, """
        using EmrDsl;

        public static partial class B
        {
            [EmrCluster]
            public static Cluster Three => Cluster.Create("three").LogUri("s3://CHANGE-ME/emr-logs/");
        }
        """));

    [Fact]
    public Task EMR005_Fix_All_turns_every_safeguard_back_on() => Verify.FixAllAsync<SkewProneSparkSettingsFixer>(
        "EMR005",
        (Cluster("A", """.SparkDefaults(s => s{|EMR005:.AdaptiveExecution(false)|}{|EMR005:.SkewJoin(false)|})"""), Cluster("A", """.SparkDefaults(s => s.AdaptiveExecution(true).SkewJoin(true))""")),
        (Cluster("B", """.SparkDefaults(s => s{|EMR005:.AdaptiveExecution(false)|})"""), Cluster("B", """.SparkDefaults(s => s.AdaptiveExecution(true))""")));

    [Fact]
    public Task EMR006_Fix_All_moves_every_master_off_Spot() => Verify.FixAllAsync<SpotMasterNodeFixer>(
        "EMR006",
        (Cluster("A", """.Master("m5.xlarge", 1, g => g{|EMR006:.Spot(0.2m)|})"""), Cluster("A", """.Master("m5.xlarge", 1, g => g.OnDemand())""")),
        (Cluster("B", """.Master("m5.xlarge", 1, g => g{|EMR006:.Spot()|})"""), Cluster("B", """.Master("m5.xlarge", 1, g => g.OnDemand())""")));

    [Fact]
    public Task EMR007_Fix_All_gives_every_kept_alive_cluster_an_idle_timeout() => Verify.FixAllAsync<KeptAliveWithoutAutoTerminationFixer>(
        "EMR007",
        (Cluster("A", """{|EMR007:.KeepAlive()|}"""), Cluster("A", """.KeepAlive().AutoTerminateAfterIdle(System.TimeSpan.FromHours(1))""")),
        (Cluster("B", """{|EMR007:.KeepAlive()|}"""), Cluster("B", """.KeepAlive().AutoTerminateAfterIdle(System.TimeSpan.FromHours(1))""")));

    [Fact]
    public Task EMR104_Fix_All_stops_every_application_when_idle() => Verify.FixAllAsync<ServerlessAutoStopFixer>(
        "EMR104",
        (Application("A", "{|EMR104:.DisableAutoStop()|}"), Application("A", ".AutoStop(System.TimeSpan.FromMinutes(15))")),
        (Application("B", "{|EMR104:.DisableAutoStop()|}"), Application("B", ".AutoStop(System.TimeSpan.FromMinutes(15))")));

    /// <summary>A class <paramref name="name"/> with one transient cluster whose chain ends with <paramref name="lastCall"/>.</summary>
    private static string Cluster(string name, string lastCall) => $$"""
        using EmrDsl;

        public static partial class {{name}}
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl-{{name}}").LogUri("s3://acme-logs/").Master("m5.xlarge").Core("r5.xlarge", 2){{lastCall}};
        }
        """;

    /// <summary>A class <paramref name="name"/> with one Spark application whose chain ends with <paramref name="lastCall"/>.</summary>
    private static string Application(string name, string lastCall) => $$"""
        using EmrDsl;
        using EmrDsl.Serverless;

        public static partial class {{name}}
        {
            [EmrServerless]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting-{{name}}").Release("emr-7.0.0").Type(ServerlessEngine.Spark){{lastCall}};
        }
        """;
}
