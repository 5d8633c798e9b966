using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace EmrDsl.Analyzers.Tests;

public sealed class KeptAliveWithoutAutoTerminationTests
{
    private const string Id = "EMR007";

    [Fact]
    public Task A_kept_alive_cluster_without_idle_timeout_is_reported_at_KeepAlive() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Adhoc => Cluster.Create("adhoc")
                .Master("m5.xlarge"){|EMR007:.KeepAlive()|};
        }
        """, Id);

    [Fact]
    public Task Near_miss_an_idle_timeout_is_enough() => Verify.AnalyzerAsync("""
        using System;
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Adhoc => Cluster.Create("adhoc").KeepAlive().AutoTerminateAfterIdle(TimeSpan.FromHours(2));
        }
        """, Id);

    [Fact]
    public async Task Max_idle_timeout_from_editorconfig_reports_a_longer_timeout()
    {
        var test = new Verify.Test<EmptyCodeFixProvider>(Id)
        {
            TestCode = """
                using System;
                using EmrDsl;

                public static class Pipelines
                {
                    [EmrCluster]
                    public static Cluster Adhoc => Cluster.Create("adhoc").KeepAlive(){|EMR007:.AutoTerminateAfterIdle(TimeSpan.FromHours(2))|};
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nemrdsl.max_idle_timeout = 3600\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_appends_a_one_hour_idle_timeout_after_KeepAlive() => Verify.CodeFixAsync<KeptAliveWithoutAutoTerminationFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Adhoc => Cluster.Create("adhoc")
                {|EMR007:.KeepAlive()|}
                .Master("m5.xlarge");
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Adhoc => Cluster.Create("adhoc")
                .KeepAlive()
                .AutoTerminateAfterIdle(System.TimeSpan.FromHours(1))
                .Master("m5.xlarge");
        }
        """, Id);
}
