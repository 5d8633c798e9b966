using System.IO;
using System.Linq;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// A project with more definitions than the generator writes files (64): definitions share a generated file and its one
/// manifest constant, and the build task still writes every definition's files exactly as its run-time payloads.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ManyDefinitionsTests(EndToEndWorkspace workspace)
{
    [Fact]
    public void Every_definition_of_a_project_beyond_64_gets_its_files_byte_for_byte_as_at_run_time()
    {
        var project = ConsumerProject.Create(workspace, "Fleet", "Fleet.cs.txt");

        var build = project.BuildWith();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("EMRG0", build.Output);
        var definitions = Enumerable.Range(0, 30).Select(i => (Type: "Acme.Fleet.Clusters", Member: $"Hourly{i:00}", Stem: $"hourly-{i:00}"))
            .Concat(Enumerable.Range(0, 20).Select(i => (Type: "Acme.Fleet.Regional+Europe", Member: $"Eu{i:00}", Stem: $"eu-{i:00}")))
            .Concat(Enumerable.Range(0, 20).Select(i => (Type: "Acme.Backfills.Daily", Member: $"Day{i:00}", Stem: $"day-{i:00}")))
            .ToDictionary(d => d.Stem);
        var files = Directory.GetFiles(project.DefaultArtifactsDirectory, "*.json");
        Assert.Equal(definitions.Keys.Order(), files.Select(f => Path.GetFileName(f).Split('.')[0]).Distinct().Order());
        Assert.All(definitions.Keys.Where(stem => !stem.StartsWith("day-", System.StringComparison.Ordinal)), stem =>
            Assert.True(File.Exists(Path.Combine(project.DefaultArtifactsDirectory, stem + ".runjobflow.json")), stem));

        using var runtime = new RuntimePayloads(project.AssemblyPath);
        foreach (var file in files)
        {
            var definition = definitions[Path.GetFileName(file).Split('.')[0]];
            runtime.AssertWrittenAsAtRunTime(file, definition.Type, definition.Member, definition.Stem);
        }
    }
}
