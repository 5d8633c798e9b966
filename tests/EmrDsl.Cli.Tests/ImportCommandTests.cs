using System.IO;
using EmrDsl.Json;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

public sealed class ImportCommandTests
{
    [Theory]
    [MemberData(nameof(CorpusFiles.RunJobFlow), MemberType = typeof(CorpusFiles))]
    public void Every_corpus_request_imports_to_code_that_builds_the_same_request(string name) =>
        ImportedRequest.RebuildsTheSameRequest(CorpusFiles.Path(name), "Corpus.Imports");

    [Theory]
    [InlineData("awscli-release-label-instance-fleets-with-spot-allocation-strategy.json")]
    [InlineData("awscli-release-label-instance-groups-from-json-file.json")]
    [InlineData("user-cli-capstone.json")]
    [InlineData("user-airflow-spot-master-core.json")]
    public void Generated_code_is_readable_and_stable(string name) =>
        ImportedRequest.MatchesItsSnapshot(CorpusFiles.Path(name), name);

    [Fact]
    public void Strings_are_escaped_and_spark_submit_steps_become_SparkSubmit()
    {
        var path = Payload.Write("""
            {"Name": "quote \" back \\ tab \t line \u2028 end", "Instances": {},
             "Steps": [{"Name": "etl", "ActionOnFailure": "TERMINATE_CLUSTER", "HadoopJarStep": {"Jar": "command-runner.jar",
               "Args": ["spark-submit", "--deploy-mode", "cluster", "--class", "a.Main", "s3://my-bucket/app.jar", "--day", "1"]}}]}
            """);

        var run = CliRun.Of("import", path, "--member", "Escaped");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Cluster.Create(\"quote \\\" back \\\\ tab \\t line \\u2028 end\")", run.Output);
        Assert.Contains(".Step(Step.SparkSubmit(\"etl\", \"s3://my-bucket/app.jar\")", run.Output);
        Assert.Contains(".DeployMode(DeployMode.Cluster)", run.Output);
        Assert.Contains(".OnFailure(ActionOnFailure.TerminateCluster)", run.Output);
        Assert.DoesNotContain("CommandRunner", run.Output);
        var rebuilt = GeneratedDefinition.RequestJson(run.Output, "Pipelines", "Escaped");
        Assert.Equal(JsonSemantics.Normalize(JsonParser.Parse(File.ReadAllText(path))), JsonSemantics.Normalize(JsonParser.Parse(rebuilt)));
    }

    [Fact]
    public void Writes_the_file_whole_with_out()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-import-").FullName, "Etl.cs");

        var run = CliRun.Of("import", CorpusFiles.Path("user-cli-capstone.json"), "--out", target);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("// Imported by emrdsl", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Malformed_json_names_the_line_and_column_and_writes_nothing()
    {
        var path = Payload.Write("{\n  \"Name\": \"x\",\n  \"Instances\": [1,]\n}");
        var target = Path.Combine(Path.GetTempPath(), "never-written-" + Path.GetFileNameWithoutExtension(path) + ".cs");

        var run = CliRun.Of("import", path, "--out", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches($"^emrdsl: {System.Text.RegularExpressions.Regex.Escape(path)}:3:19: .+\n$", run.Error.Replace("\r\n", "\n"));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void An_unknown_member_is_a_one_line_error_with_its_path()
    {
        var path = Payload.Write("""{"Name": "x", "Instances": {"InstanceGroups": [{"InstanceRole": "MASTER", "Colour": "red"}]}}""");

        var run = CliRun.Of("import", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"emrdsl: {path}: Instances.InstanceGroups[0].Colour: unknown member of InstanceGroupConfig", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("""{"Cluster": {"Name": "x"}}""", "not a request emrdsl knows (members Cluster)")]
    public void Other_shapes_are_refused_without_guessing(string json, string message)
    {
        var run = CliRun.Of("import", Payload.Write(json));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Theory]
    [InlineData("--class", "1Pipelines")]
    [InlineData("--member", "class")]
    [InlineData("--namespace", "A..B")]
    public void Names_that_are_not_CSharp_identifiers_are_refused(string option, string value)
    {
        var run = CliRun.Of("import", CorpusFiles.Path("user-cli-capstone.json"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option + " '" + value + "'", run.Error);
    }

    [Fact]
    public void A_missing_file_is_exit_code_2()
    {
        var run = CliRun.Of("import", "no/such.json");

        Assert.Equal((2, "emrdsl: no/such.json: no such file.\n"), (run.ExitCode, run.Error.Replace("\r\n", "\n")));
    }
}
