using System.IO;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>A definition the build cannot evaluate fails the build where it is written, as the compiler reports errors.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class BuildFailureTests(EndToEndWorkspace workspace)
{
    private BuiltProject Unevaluable => workspace.Unevaluable;

    [Fact]
    public void The_build_fails()
    {
        Assert.NotEqual(0, Unevaluable.FirstBuild.ExitCode);
        Assert.Contains("Build FAILED", Unevaluable.FirstBuild.Output);
    }

    [Fact]
    public void EMRG001_points_at_the_environment_read_in_the_definitions_file()
    {
        var (line, column) = Unevaluable.Project.Find("Environment.GetEnvironmentVariable");

        Assert.Contains($"{Unevaluable.Project.SourcePath}({line},{column}): error EMRG001: ", Unevaluable.FirstBuild.Output);
    }

    [Fact]
    public void No_artifact_is_written_for_a_failed_build()
    {
        Assert.False(Directory.Exists(Unevaluable.Project.DefaultArtifactsDirectory));
    }
}
