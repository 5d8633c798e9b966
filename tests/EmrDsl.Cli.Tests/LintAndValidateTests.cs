using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace EmrDsl.Cli.Tests;

public sealed class LintAndValidateTests
{
    private const string SpotCore = """
        {"Name": "etl", "ReleaseLabel": "emr-7.2.0", "LogUri": "s3://logs/",
         "Instances": {"Ec2SubnetId": "subnet-1", "InstanceGroups": [
           {"Name": "Master", "InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1},
           {"Name": "Core", "InstanceRole": "CORE", "InstanceType": "m5.xlarge", "InstanceCount": 2, "Market": "SPOT"}]}}
        """;

    [Fact]
    public void Lint_prints_one_line_per_finding_and_exits_1_only_on_errors()
    {
        var path = Payload.Write(SpotCore);

        var run = CliRun.Of("lint", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{path}: EMR001 warning: ", run.Output);
        Assert.Contains("(Instances.InstanceGroups[1].Market)", run.Output);
        Assert.Equal(1, CliRun.Of("lint", path, "--warnaserror").ExitCode);
    }

    [Fact]
    public void Lint_exits_1_on_an_API_rejection()
    {
        var run = CliRun.Of("lint", Payload.Write("""{"Name": "etl", "Instances": {"InstanceGroups": [{"InstanceRole": "CORE", "InstanceType": "m5.xlarge", "InstanceCount": 2}]}}"""));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("EMR010 error: ", run.Output);
    }

    [Fact]
    public void Lint_writes_a_SARIF_2_1_0_log()
    {
        var path = Payload.Write(SpotCore);
        var sarif = Path.Combine(Path.GetDirectoryName(path)!, "lint.sarif");

        var run = CliRun.Of("lint", path, "--format", "sarif", "--out", sarif);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Output));
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var sarifRun = log.RootElement.GetProperty("runs").EnumerateArray().Single();
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var spotCore = rules.Single(r => r.GetProperty("id").GetString() == "EMR001");
        Assert.Equal("SpotCoreNodes", spotCore.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(spotCore.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.EndsWith("EMR001.md", spotCore.GetProperty("helpUri").GetString());
        Assert.Equal("warning", spotCore.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var result = sarifRun.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "EMR001");
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        var location = result.GetProperty("locations").EnumerateArray().Single();
        Assert.StartsWith("file://", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("Instances.InstanceGroups[1].Market", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Lint_refuses_an_unknown_format_and_wire_errors()
    {
        Assert.Equal(2, CliRun.Of("lint", Payload.Write(SpotCore), "--format", "xml").ExitCode);
        var run = CliRun.Of("lint", Payload.Write("""{"Name": "etl", "Instances": {"InstanceCount": "two"}}"""));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Instances.InstanceCount", run.Error);
    }

    [Fact]
    public void Validate_accepts_a_valid_request()
    {
        var run = CliRun.Of("validate", Payload.Write(SpotCore));

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("valid RunJobFlow request\n", run.Output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Validate_lists_every_problem_with_its_path_and_exits_1()
    {
        var path = Payload.Write("""{"Instances": {"InstanceGroups": [{"InstanceRole": "BOSS", "InstanceType": "m5.xlarge", "InstanceCount": 1}]}, "Colour": 1}""");

        var run = CliRun.Of("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: Instances.InstanceGroups[0].InstanceRole: ", run.Output);
        Assert.Contains($"{path}: Colour: unknown member of RunJobFlowInput", run.Output);
        Assert.Contains($"{path}: Name: RunJobFlowInput.Name is required", run.Output);
    }

    [Fact]
    public void Validate_detects_AddJobFlowSteps_and_Serverless_requests()
    {
        var steps = CliRun.Of("validate", Payload.Write("""{"JobFlowId": "j-1", "Steps": [{"Name": "s", "HadoopJarStep": {}}]}"""));
        Assert.Equal(1, steps.ExitCode);
        Assert.Contains("Steps[0].HadoopJarStep.Jar: HadoopJarStepConfig.Jar is required", steps.Output);

        var application = CliRun.Of("validate", Payload.Write("""{"name": "app", "releaseLabel": "emr-7.2.0", "type": "SPARK", "clientToken": "t"}"""));
        Assert.Equal(0, application.ExitCode);
        Assert.Contains("valid EMR Serverless CreateApplication request", application.Output);
    }

    [Fact]
    public void Validate_reports_malformed_json_with_exit_code_2()
    {
        var run = CliRun.Of("validate", Payload.Write("{\"Name\": tru}"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("payload.json:1:", run.Error);
    }

    [Fact]
    public void Lint_runs_the_serverless_rules_on_a_CreateApplication_request()
    {
        var path = Payload.Write("""{"name": "app", "releaseLabel": "emr-7.2.0", "type": "SPARK"}""");

        var run = CliRun.Of("lint", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{path}: EMR101 ", run.Output);
        Assert.DoesNotContain("EMR001", run.Output);
    }

    [Fact]
    public void Lint_writes_serverless_findings_as_SARIF_with_the_serverless_rules()
    {
        var path = Payload.Write("""{"applicationId": "00fkfk2r3v8qcq09", "executionRoleArn": "arn:aws:iam::123456789012:role/job", "mode": "STREAMING"}""");

        var run = CliRun.Of("lint", path, "--format", "sarif", "--warnaserror");

        Assert.Contains("\"ruleId\": \"EMR106\"", run.Output);
        Assert.Contains("\"id\": \"EMR101\"", run.Output);
        Assert.DoesNotContain("\"id\": \"EMR001\"", run.Output);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Lint_runs_the_step_rules_over_an_AddJobFlowSteps_request()
    {
        var path = Payload.Write("""
            {"JobFlowId": "j-1", "Steps": [{"Name": "copy", "ActionOnFailure": "CONTINUE",
              "HadoopJarStep": {"Jar": "command-runner.jar", "Args": ["aws", "s3", "cp", "--key", "AKIAIOSFODNN7EXAMPLE"]}}]}
            """);

        var run = CliRun.Of("lint", path, "--warnaserror");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("EMR011", run.Output);
        Assert.Contains("Steps[0].HadoopJarStep.Args[4]", run.Output);
        Assert.DoesNotContain("EMR002", run.Output);
    }
}
