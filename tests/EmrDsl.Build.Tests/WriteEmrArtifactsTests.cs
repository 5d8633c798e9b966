using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Xunit;

namespace EmrDsl.Build.Tests;

public sealed class WriteEmrArtifactsTests
{
    [Fact]
    public void Writes_the_assemblys_artifacts_and_reports_them_as_outputs()
    {
        using var dir = new TemporaryDirectory();
        var engine = new RecordingBuildEngine();
        var task = new WriteEmrArtifacts { BuildEngine = engine, AssemblyPath = typeof(FixturePipelines).Assembly.Location, OutputDirectory = dir.Path };

        Assert.True(task.Execute());

        Assert.Equal(new[] { "weekly.runjobflow.json", "monthly.runjobflow.json", "nightly-etl.runjobflow.json", "nightly-etl.tf.json" }, task.ArtifactFiles.Select(f => Path.GetFileName(f.ItemSpec)));
        Assert.Equal(FixturePipelines.NightlyArtifacts.TerraformJson, File.ReadAllText(dir.File("nightly-etl.tf.json")));
        Assert.Contains(engine.Messages, m => m.StartsWith("EmrDsl: written ", System.StringComparison.Ordinal));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Paths_are_printed_and_returned_without_the_dot_dot_segments_of_the_output_directory()
    {
        using var dir = new TemporaryDirectory();
        var engine = new RecordingBuildEngine();
        var roundabout = Path.Combine(dir.Path, "src", "Acme.Pipelines", "..", "..", "artifacts", "emr");
        var task = new WriteEmrArtifacts { BuildEngine = engine, AssemblyPath = typeof(FixturePipelines).Assembly.Location, OutputDirectory = roundabout };

        Assert.True(task.Execute());

        var artifacts = Path.Combine(dir.Path, "artifacts", "emr");
        Assert.Equal(
            new[] { Path.Combine(artifacts, "weekly.runjobflow.json"), Path.Combine(artifacts, "monthly.runjobflow.json"), Path.Combine(artifacts, "nightly-etl.runjobflow.json"), Path.Combine(artifacts, "nightly-etl.tf.json") },
            task.ArtifactFiles.Select(f => f.ItemSpec));
        Assert.Equal(
            new[] { "EmrDsl: written " + Path.Combine(artifacts, "weekly.runjobflow.json"), "EmrDsl: written " + Path.Combine(artifacts, "monthly.runjobflow.json"), "EmrDsl: written " + Path.Combine(artifacts, "nightly-etl.runjobflow.json"), "EmrDsl: written " + Path.Combine(artifacts, "nightly-etl.tf.json") },
            engine.Messages);
    }

    [Fact]
    public void A_missing_assembly_is_one_error_with_its_code_and_path()
    {
        using var dir = new TemporaryDirectory();
        var engine = new RecordingBuildEngine();
        var missing = dir.File("missing.dll");
        var task = new WriteEmrArtifacts { BuildEngine = engine, AssemblyPath = missing, OutputDirectory = dir.Path };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("EMRB001", error.Code);
        Assert.Equal(missing, error.File);
    }

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = new();

        public List<string> Messages { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.proj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? string.Empty);

        public void LogWarningEvent(BuildWarningEventArgs e)
        {
        }
    }
}
