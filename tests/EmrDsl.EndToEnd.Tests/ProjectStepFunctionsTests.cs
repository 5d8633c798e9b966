using System.IO;
using System.Linq;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// &lt;EmrDslStepFunctions&gt;true&lt;/EmrDslStepFunctions&gt; in a user's project file reaches the generator through the
/// package's build/EmrDsl.props (CompilerVisibleProperty), and the build writes the state machines it asks for.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ProjectStepFunctionsTests(EndToEndWorkspace workspace)
{
    [Fact]
    public void The_project_property_writes_a_state_machine_for_every_definition_that_can_be_one_and_the_attribute_opts_out()
    {
        var project = ConsumerProject.Create(workspace, "StateMachines", "StateMachines.cs.txt", ("EmrDslStepFunctions", "true"));

        var build = project.BuildWith();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("EMRG0", build.Output);
        var written = Directory.GetFiles(project.DefaultArtifactsDirectory, "*.asl.json").Select(Path.GetFileName).Order(System.StringComparer.Ordinal);
        Assert.Equal(new[] { "backfill.asl.json", "nightly.asl.json", "report.asl.json" }, written);
        using var runtime = new RuntimePayloads(project.AssemblyPath);
        foreach (var (stem, member) in new[] { ("backfill", "Backfill"), ("nightly", "Nightly"), ("report", "Report") })
        {
            runtime.AssertWrittenAsAtRunTime(Path.Combine(project.DefaultArtifactsDirectory, stem + ".asl.json"), "Acme.Flows.StateMachines", member, stem);
        }
    }
}
