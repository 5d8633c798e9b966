extern alias generator;

using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// How the generated files are laid out (ArtifactFiles): a file per definition up to 64 definitions, then 64 files that
/// several definitions share, each definition's payloads written once and read as the build task reads them.
/// </summary>
public sealed class ArtifactFilesTests
{
    [Fact]
    public void Up_to_64_definitions_each_has_a_file_named_after_it()
    {
        var outcome = GeneratorHarness.Run(Definitions(64));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(
            Enumerable.Range(0, 64).Select(i => $"Acme.Pipeline{i}.Etl.EmrArtifacts.g.cs").Order(StringComparer.Ordinal),
            outcome.Result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Beyond_64_definitions_share_64_files_each_with_one_constant_and_each_definition_is_written_once_as_alone()
    {
        var outcome = GeneratorHarness.Run(Definitions(150));

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.OutputErrors());
        Assert.InRange(outcome.Result.GeneratedSources.Length, 2, 64);
        Assert.All(outcome.Result.GeneratedSources, s => Assert.Matches(@"^Group\d\d\.EmrArtifacts\.g\.cs$", s.HintName));
        using var runtime = RuntimeLoader.Load(outcome.Output);
        // One declaration per file, not per definition: declarations are what compiling the output costs (bench/README.md).
        Assert.Equal(
            outcome.Result.GeneratedSources.Select(s => s.HintName.Substring(0, "GroupNN".Length)).Order(StringComparer.Ordinal),
            runtime.ManifestConstants().Select(f => f.Name.Substring("EmrDsl".Length, "GroupNN".Length)).Order(StringComparer.Ordinal));
        var written = runtime.AllArtifacts().ToDictionary(a => a.Definition, a => a.Payloads);
        Assert.Equal(150, written.Count);
        foreach (var index in new[] { 0, 77, 149 })
        {
            using var alone = RuntimeLoader.Load(GeneratorHarness.Run(Definition(index)).Output);
            Assert.Equal(alone.Artifacts($"Acme.Pipeline{index}+EtlArtifacts"), written[$"Acme.Pipeline{index}.Etl"]);
        }
    }

    [Fact]
    public void Editing_one_of_150_definitions_writes_one_file_again()
    {
        var compilation = GeneratorHarness.Compile(Definitions(150));
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);

        var edited = Replace(compilation, 7, Definition(7, "-v2"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var files = result.TrackedSteps[TrackingNames.ArtifactFiles].SelectMany(s => s.Outputs).ToList();
        Assert.Single(files, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(files.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("etl-7-v2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_files_do_not_depend_on_the_order_of_the_projects_files()
    {
        var sources = Definitions(150);

        var forward = GeneratorHarness.Run(sources).Result.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString()));
        var backward = GeneratorHarness.Run(sources.Reverse().ToArray()).Result.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString()));

        Assert.Equal(forward.OrderBy(f => f.HintName, StringComparer.Ordinal), backward.OrderBy(f => f.HintName, StringComparer.Ordinal));
    }

    private static string[] Definitions(int count) => Enumerable.Range(0, count).Select(i => Definition(i)).ToArray();

    private static string Definition(int index, string variant = "") =>
        $"using EmrDsl; namespace Acme; public static partial class Pipeline{index} {{ [EmrCluster] public static Cluster Etl => Cluster.Create(\"etl-{index}{variant}\"); }}";
}
