using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace EmrDsl.Analyzers.Tests;

/// <summary>Half-typed and unrelated code: the analyzers stay silent and never crash (a crash would surface as AD0001).</summary>
public sealed class RobustnessTests
{
    private static readonly string[] AllRules = System.Linq.Enumerable.ToArray(Descriptors.ById.Keys);

    [Fact]
    public Task Half_typed_definition_gives_only_compiler_errors() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.{|CS1001:)|}{|CS1002:|}
        }
        """, AllRules);

    [Fact]
    public Task Unknown_call_gives_only_the_compiler_error() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl").{|CS1061:Spotify|}();
        }
        """, AllRules);

    [Fact]
    public Task Values_known_only_at_run_time_are_left_to_the_generator() => Verify.AnalyzerAsync("""
        using System;
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create(Environment.GetEnvironmentVariable("NAME") ?? "etl");
        }
        """, AllRules);

    [Fact]
    public Task A_rejected_argument_is_left_to_the_generator() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl").Core("r5.xlarge", -3);

            [EmrCluster]
            public static Cluster Cycle => Cycle.Named("again");

            [EmrCluster]
            public Cluster NotStatic => Cluster.Create("x");
        }
        """, AllRules);

    [Fact]
    public async Task A_compilation_without_EmrDsl_is_left_alone()
    {
        var test = new Verify.Test<EmptyCodeFixProvider>(AllRules)
        {
            TestCode = """
                namespace EmrDsl
                {
                    public sealed class Cluster { }
                }

                public static class Pipelines
                {
                    public static EmrDsl.Cluster Etl => new EmrDsl.Cluster();
                }
                """,
        };
        test.TestState.AdditionalReferences.Remove(Verify.Runtime);
        await test.RunAsync();
    }
}
