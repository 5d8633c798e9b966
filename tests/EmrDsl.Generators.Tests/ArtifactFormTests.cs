extern alias generator;

using System.Linq;
using System.Reflection;
using EmrDsl.Artifacts;
using Microsoft.CodeAnalysis;
using EvaluationCache = generator::EmrDsl.Generators.Evaluation.EvaluationCache;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// The two forms payloads are emitted in: one private manifest constant per generated file (the default, which compiles
/// fastest) and, with <c>EmrDslArtifactConstants</c>, a public class of typed constants. Both carry the same text.
/// Counts evaluations process-wide, so runs with the cache tests, alone.
/// </summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class ArtifactFormTests
{
    [Fact]
    public void Typed_constants_hold_exactly_the_payloads_of_the_default_manifest_for_every_sample_definition()
    {
        var sources = SampleArtifacts.Sources();
        var manifest = GeneratorHarness.Run(sources);
        var typed = GeneratorHarness.Run(GeneratorHarness.Compile(sources), ProjectProperties.TypedConstants);
        Assert.Empty(manifest.OutputErrors());
        Assert.Empty(typed.OutputErrors());

        using var manifestRuntime = RuntimeLoader.Load(manifest.Output);
        using var typedRuntime = RuntimeLoader.Load(typed.Output);
        var definitions = manifestRuntime.AllArtifacts().ToList();
        Assert.Equal(manifest.Result.GeneratedSources.Length, definitions.Count);
        var classes = typedRuntime.Assembly.GetTypes()
            .Where(type => type.IsDefined(typeof(EmrArtifactsAttribute), inherit: false))
            .ToDictionary(type => type.DeclaringType!.FullName!.Replace('+', '.') + "." + type.Name[..^"Artifacts".Length]);
        Assert.Equal(definitions.Select(d => d.Definition).Order(), classes.Keys.Order());
        foreach (var (definition, payloads) in definitions)
        {
            var constants = classes[definition]
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .ToDictionary(field => field.Name, field => (string)field.GetRawConstantValue()!);
            Assert.Equal(payloads.OrderBy(p => p.Key), constants.OrderBy(c => c.Key));
        }

        Assert.Empty(typedRuntime.AllArtifacts());
    }

    [Fact]
    public void A_property_that_is_not_true_or_false_is_reported_and_the_manifest_is_kept()
    {
        var outcome = GeneratorHarness.Run(new ProjectProperties(("EmrDslArtifactConstants", "yes")), Sources.Pipelines);

        var problem = outcome.Single("EMRG015");
        Assert.Equal(
            "No class of typed artifact constants is written for the project property EmrDslArtifactConstants: its value 'yes' is not true or false; set <EmrDslArtifactConstants>true</EmrDslArtifactConstants> or false in the project file",
            problem.GetMessage());
        Assert.Equal(Location.None, problem.Location);
        Assert.NotEmpty(outcome.GeneratedPayloads("Acme.Data.Pipelines.NightlyEtl."));
    }

    [Fact]
    public void Switching_the_form_emits_every_definition_again_without_evaluating_any()
    {
        var compilation = GeneratorHarness.Compile(Sources.Pipelines);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);

        var before = EvaluationCache.Evaluations;
        var switched = driver.WithUpdatedAnalyzerConfigOptions(ProjectProperties.TypedConstants).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(before, EvaluationCache.Evaluations);
        Assert.All(switched.TrackedSteps[TrackingNames.Definitions].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(switched.TrackedSteps[TrackingNames.EmittedArtifacts].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(switched.GeneratedSources, source => Assert.Contains("public static class ", source.SourceText.ToString()));
    }
}
