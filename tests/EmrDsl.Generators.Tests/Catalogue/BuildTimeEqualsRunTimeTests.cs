using System.Linq;

namespace EmrDsl.Generators.Tests.Catalogue;

/// <summary>Every supported pattern evaluates at build time to exactly what it gives at run time.</summary>
public sealed class BuildTimeEqualsRunTimeTests
{
    [Fact]
    public void The_catalogue_has_at_least_forty_patterns_with_distinct_names() =>
        Assert.True(SupportedPatterns.Patterns.Select(p => p.Name).Distinct().Count() >= 40 && SupportedPatterns.Patterns.Select(p => p.Name).Distinct().Count() == SupportedPatterns.Patterns.Length);

    [Theory]
    [MemberData(nameof(SupportedPatterns.All), MemberType = typeof(SupportedPatterns))]
    public void The_pattern_evaluates_at_build_time_byte_identical_to_run_time(EvaluationPattern pattern)
    {
        var outcome = GeneratorHarness.Run(pattern.Source);
        Assert.Empty(outcome.Input.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.OutputErrors());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var cluster = (Cluster)runtime.Get("Catalogue.Defs", "C")!;
        var buildTime = runtime.Constant("Catalogue.Defs+CArtifacts", "RunJobFlowJson");
        Assert.Equal(cluster.ToRunJobFlowJson(), buildTime);
        Assert.Contains(pattern.Expected, buildTime);
    }
}
