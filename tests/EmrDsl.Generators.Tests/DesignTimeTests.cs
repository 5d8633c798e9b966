extern alias generator;

using System.Linq;
using Microsoft.CodeAnalysis;
using EvaluationCache = generator::EmrDsl.Generators.Evaluation.EvaluationCache;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// An editor's compilation (<c>DesignTimeBuild</c>, which Visual Studio's and MSBuildWorkspace's design-time builds set,
/// written <c>True</c>) gets no private manifest constants, which only the build task and <c>emrdsl export</c> read
/// from a real build's assembly; it keeps every diagnostic, and the typed constants code reads. Counts evaluations
/// process-wide, so runs with the cache tests, alone.
/// </summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class DesignTimeTests
{
    private static readonly ProjectProperties DesignTime = new(("DesignTimeBuild", "True"));

    private const string BrokenDefinition = """
        using EmrDsl;
        namespace Acme;
        public static partial class Broken
        {
            [EmrCluster] public static Cluster Etl => Cluster.Create(System.Environment.MachineName);
        }
        """;

    [Fact]
    public void A_design_time_compilation_gets_no_manifest_constants_and_the_same_diagnostics_as_a_build()
    {
        var build = GeneratorHarness.Run(Sources.Pipelines, BrokenDefinition);
        var editor = GeneratorHarness.Run(DesignTime, Sources.Pipelines, BrokenDefinition);

        Assert.NotEmpty(build.Result.GeneratedSources);
        Assert.Empty(editor.Result.GeneratedSources);
        Assert.Contains(editor.Result.Diagnostics, d => d.Id == "EMRG001");
        Assert.Equal(build.Result.Diagnostics.Select(d => d.ToString()), editor.Result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Typed_constants_are_written_at_design_time_too_because_code_reads_them()
    {
        var build = GeneratorHarness.Run(ProjectProperties.TypedConstants, Sources.Pipelines);
        var editor = GeneratorHarness.Run(new ProjectProperties(("DesignTimeBuild", "true"), ("EmrDslArtifactConstants", "true")), Sources.Pipelines);

        Assert.NotEmpty(editor.Result.GeneratedSources);
        Assert.Equal(
            build.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            editor.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Leaving_design_time_writes_every_definition_without_evaluating_any_again()
    {
        var compilation = GeneratorHarness.Compile(Sources.Pipelines);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions(), DesignTime).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);

        var before = EvaluationCache.Evaluations;
        var built = driver.WithUpdatedAnalyzerConfigOptions(new ProjectProperties()).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(before, EvaluationCache.Evaluations);
        Assert.All(built.TrackedSteps[TrackingNames.Definitions].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(GeneratorHarness.Run(Sources.Pipelines).Result.GeneratedSources.Select(s => s.HintName), built.GeneratedSources.Select(s => s.HintName));
    }
}
