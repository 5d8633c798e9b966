extern alias generator;

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

public sealed class IncrementalityTests
{
    private const string First = "using EmrDsl; public static partial class Defs { [EmrCluster] public static Cluster First => Cluster.Create(\"first\"); }";
    private const string Second = "using EmrDsl; public static partial class Defs { [EmrCluster] public static Cluster Second => Cluster.Create(\"second\"); }";
    private const string Unrelated = "public static class Util { public static int Answer => 42; }";

    private static readonly string[] OutputSteps = { TrackingNames.Artifacts, TrackingNames.EmittedArtifacts, TrackingNames.Diagnostics, TrackingNames.DuplicateDiagnostics };

    [Fact]
    public void An_edit_to_an_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun();

        var edited = Replace(compilation, 2, Unrelated.Replace("42", "43"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // Roslyn's own steps (Compilation, ...) change with any edit; the generator's named steps must not.
        var ownSteps = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var reasons = result.TrackedSteps
            .Where(step => ownSteps.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(s => s.Outputs).Select(o => (step.Key, o.Reason)))
            .ToList();
        Assert.Equal(ownSteps.OrderBy(n => n), reasons.Select(r => r.Key).Distinct().OrderBy(n => n));
        Assert.All(reasons, r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r.Key}: {r.Reason}"));
    }

    [Fact]
    public void An_edit_to_one_definition_changes_only_its_outputs()
    {
        var (driver, compilation) = FirstRun();

        var edited = Replace(compilation, 0, First.Replace("\"first\"", "\"first-v2\""));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var definitions = result.TrackedSteps[TrackingNames.Definitions].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, definitions.Select(o => o.Reason).OrderBy(r => r));
        var emitted = result.TrackedSteps[TrackingNames.EmittedArtifacts].SelectMany(s => s.Outputs).ToList();
        Assert.Single(emitted, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(emitted, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Moving_a_definition_without_changing_it_does_not_regenerate_its_source()
    {
        var (driver, compilation) = FirstRun();

        var edited = Replace(compilation, 0, "\n\n// moved down\n" + First);
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.Definitions].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.EmittedArtifacts].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile(First, Second, Unrelated);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);
        Assert.Equal(2, driver.GetRunResult().Results.Single().GeneratedSources.Length);
        Assert.All(OutputSteps, name => Assert.Contains(name, driver.GetRunResult().Results.Single().TrackedSteps.Keys));
        return (driver, compilation);
    }
}
