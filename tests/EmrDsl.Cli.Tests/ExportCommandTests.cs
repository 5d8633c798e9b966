using System.IO;
using EmrDsl.Artifacts;
using Xunit;

namespace EmrDsl.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public void Writes_the_artifacts_of_a_built_assembly()
    {
        var directory = Directory.CreateTempSubdirectory("emrdsl-export-").FullName;

        var run = CliRun.Of("export", typeof(ExportCommandTests).Assembly.Location, "--out", directory);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(ExportFixture.RunJobFlowJson, File.ReadAllText(Path.Combine(directory, "export-fixture.runjobflow.json")));
        Assert.Equal(ExportFixture.CloudFormationJson, File.ReadAllText(Path.Combine(directory, "export-fixture.cfn.json")));
        Assert.Equal(ExportFixture.StepFunctionsJson, File.ReadAllText(Path.Combine(directory, "export-fixture.asl.json")));
        Assert.Contains("written ", run.Output);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void A_missing_assembly_is_a_one_line_error_with_exit_code_2()
    {
        var run = CliRun.Of("export", "no/such.dll", "--out", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("emrdsl: no/such.dll: no such file.\n", run.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void An_assembly_without_definitions_says_how_to_get_some()
    {
        var run = CliRun.Of("export", typeof(EmrArtifactsAttribute).Assembly.Location, "--out", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no EmrDsl artifacts found; mark definitions with [EmrCluster]", run.Error);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error_with_exit_code_2()
    {
        var run = CliRun.Of("export", "x.dll");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error);
    }

    [EmrArtifacts]
    private static class ExportFixture
    {
        public const string FileName = "export-fixture";
        public const string RunJobFlowJson = "{\n  \"Name\": \"fixture\"\n}\n";
        public const string CloudFormationJson = "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\"\n}\n";

        /// <summary>An optional artifact (a state machine) is exported like the others.</summary>
        public const string StepFunctionsJson = "{\n  \"StartAt\": \"fixture\"\n}\n";
    }
}
