using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

/// <summary>
/// Comments, blank lines and indentation stay with the code they belong to: a comment at the end of a line stays on
/// that line, in its column (or one space after the code, where the code grew into it), whatever the fix does.
/// </summary>
public sealed class FixTriviaTests
{
    [Fact]
    public Task EMR002_the_comment_ending_the_chain_stays_on_its_line_and_the_lines_above_the_last_call_are_not_repeated() => Verify.CodeFixAsync<MissingLogUriFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster {|EMR002:Etl|} => Cluster.Create("etl")
                .Master("m5.xlarge")                            // one master

                // two cores
                .Core("r5.xlarge", 2);                          // enough for the nightly run

            [EmrCluster]
            public static Cluster {|EMR002:Small|} => Cluster.Create("small"); // a single line
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")                            // one master

                // two cores
                .Core("r5.xlarge", 2)                           // enough for the nightly run
                .LogUri("s3://CHANGE-ME/emr-logs/");

            [EmrCluster]
            public static Cluster Small => Cluster.Create("small").LogUri("s3://CHANGE-ME/emr-logs/"); // a single line
        }
        """, "EMR002", iterations: 2);

    [Fact]
    public Task EMR007_the_comment_on_KeepAlive_stays_on_its_line_in_its_column() => Verify.CodeFixAsync<KeptAliveWithoutAutoTerminationFixer>("""
        using System;
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Adhoc => Cluster.Create("adhoc")
                .Master("m5.xlarge")                            // one node
                {|EMR007:.KeepAlive()|};                                   // for notebooks
        }
        """, """
        using System;
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Adhoc => Cluster.Create("adhoc")
                .Master("m5.xlarge")                            // one node
                .KeepAlive()                                    // for notebooks
                .AutoTerminateAfterIdle(TimeSpan.FromHours(1));
        }
        """, "EMR007");

    [Fact]
    public Task EMR001_the_comment_after_the_core_group_keeps_its_column_or_one_space() => Verify.CodeFixAsync<SpotCoreNodesFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Aligned => Cluster.Create("aligned")
                .Master("m5.xlarge")                            // one master
                .Core("r5.xlarge", 2, g => g{|EMR001:.Spot()|})            // cheap cores
                .Task("r5.xlarge", 2, g => g.Spot());           // cheaper tasks

            [EmrCluster]
            public static Cluster Tight => Cluster.Create("tight").Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g{|EMR001:.Spot()|}); // at least one space stays
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Aligned => Cluster.Create("aligned")
                .Master("m5.xlarge")                            // one master
                .Core("r5.xlarge", 2, g => g.OnDemand())        // cheap cores
                .Task("r5.xlarge", 2, g => g.Spot());           // cheaper tasks

            [EmrCluster]
            public static Cluster Tight => Cluster.Create("tight").Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.OnDemand()); // at least one space stays
        }
        """, "EMR001", iterations: 2);

    [Fact]
    public Task EMR006_the_comment_after_the_master_keeps_its_column() => Verify.CodeFixAsync<SpotMasterNodeFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge", 1, g => g{|EMR006:.Spot(0.25m)|})     // cheap master
                .Core("r5.xlarge", 2);                          // cores
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge", 1, g => g.OnDemand())      // cheap master
                .Core("r5.xlarge", 2);                          // cores
        }
        """, "EMR006");

    [Fact]
    public Task EMR005_the_comment_after_the_Spark_settings_keeps_its_column() => Verify.CodeFixAsync<SkewProneSparkSettingsFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .SparkDefaults(s => s{|EMR005:.AdaptiveExecution(false)|}) // measured slower
                .Master("m5.xlarge");                           // one master
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .SparkDefaults(s => s.AdaptiveExecution(true))  // measured slower
                .Master("m5.xlarge");                           // one master
        }
        """, "EMR005");

    [Fact]
    public Task EMR104_the_comment_after_DisableAutoStop_keeps_its_column() => Verify.CodeFixAsync<ServerlessAutoStopFixer>("""
        using System;
        using EmrDsl;
        using EmrDsl.Serverless;

        public static class Analytics
        {
            [EmrServerless]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting")
                .Release("emr-7.0.0")                           // current
                .Type(ServerlessEngine.Spark)
                {|EMR104:.DisableAutoStop()|};                             // always warm
        }
        """, """
        using System;
        using EmrDsl;
        using EmrDsl.Serverless;

        public static class Analytics
        {
            [EmrServerless]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting")
                .Release("emr-7.0.0")                           // current
                .Type(ServerlessEngine.Spark)
                .AutoStop(TimeSpan.FromMinutes(15));            // always warm
        }
        """, "EMR104");
}
