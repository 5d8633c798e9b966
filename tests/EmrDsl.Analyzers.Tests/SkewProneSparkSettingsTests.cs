using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

public sealed class SkewProneSparkSettingsTests
{
    private const string Id = "EMR005";

    [Fact]
    public Task Disabled_adaptive_execution_is_reported_at_the_setting() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .SparkDefaults(s => s{|EMR005:.AdaptiveExecution(false)|}.SkewJoin());
        }
        """, Id);

    [Fact]
    public Task Near_miss_enabled_settings_are_fine() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .SparkDefaults(s => s.AdaptiveExecution(false).AdaptiveExecution(true).SkewJoin(true));
        }
        """, Id);

    [Fact]
    public Task Fix_turns_the_safeguards_back_on() => Verify.CodeFixAsync<SkewProneSparkSettingsFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .SparkDefaults(s => s{|EMR005:.AdaptiveExecution(false)|}{|EMR005:.SkewJoin(false)|});
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .SparkDefaults(s => s.AdaptiveExecution(true).SkewJoin(true));
        }
        """, Id, iterations: 2);
}
