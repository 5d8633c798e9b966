using System;
using System.IO;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Steps;

/// <summary>Arguments stay separate words; bad input fails at the call that wrote it, naming the parameter, the value and the fix.</summary>
public sealed class StepArgumentTests
{
    [Fact]
    public void Spaces_and_quotes_stay_inside_their_own_argument()
    {
        string[] tricky = { "--title", "Daily \"ETL\" run", "it's", "", "a b  c" };

        Assert.Equal(new[] { "spark-submit", "s3://my-bucket/app.py", "--title", "Daily \"ETL\" run", "it's", "", "a b  c" },
            Step.SparkSubmit("s", "s3://my-bucket/app.py").Args(tricky).ToSpec().HadoopJarStep!.Args);
        Assert.Equal(tricky, Step.CustomJar("s", "s3://my-bucket/app.jar").Args(tricky).ToSpec().HadoopJarStep!.Args);
        Assert.Equal(Words.Prepend("echo", tricky), Step.CommandRunner("s", Words.Prepend("echo", tricky)).ToSpec().HadoopJarStep!.Args);
        Assert.Equal(Words.Prepend("s3://my-bucket/run.sh", tricky), Step.ScriptRunner("s", "s3://my-bucket/run.sh", tricky).ToSpec().HadoopJarStep!.Args);
        Assert.Contains("NAME=Daily \"ETL\" run", Step.Hive("s", "s3://my-bucket/q.q").Variable("NAME", "Daily \"ETL\" run").ToSpec().HadoopJarStep!.Args);
    }

    [Fact]
    public void Quotes_are_escaped_in_the_json_not_removed()
    {
        var json = Cluster.Create("c").Step(Step.CommandRunner("s", "echo", "say \"hi\"")).ToAddJobFlowStepsJson("j-ABC");

        Assert.Contains("\"say \\\"hi\\\"\"", json);
    }

    [Fact]
    public void Steps_are_immutable_values()
    {
        var baseStep = Step.Hive("Load", "s3://my-bucket/load.q");
        var failing = baseStep.OnFailure(ActionOnFailure.TerminateCluster);

        Assert.Equal(ActionOnFailure.Continue, baseStep.ActionOnFailure);
        Assert.Equal(ActionOnFailure.TerminateCluster, failing.ActionOnFailure);
        Assert.Equal(baseStep, Step.Hive("Load", "s3://my-bucket/load.q"));
        Assert.NotEqual<StepDefinition>(baseStep, failing);
    }

    [Fact]
    public void Default_action_on_failure_is_the_AWS_CLI_default_and_is_written_out() =>
        Assert.Equal(ActionOnFailure.Continue, Step.CustomJar("s", "s3://my-bucket/a.jar").ToSpec().ActionOnFailure);

    [Fact]
    public void Adding_steps_keeps_the_base_cluster_unchanged()
    {
        var baseCluster = Cluster.Create("etl").Step(Step.Hive("Load", "s3://my-bucket/load.q"));
        var more = baseCluster.Step(Step.CommandRunner("Report", "echo", "done"));

        Assert.Single(baseCluster.Spec.Steps);
        Assert.Equal(new[] { "Load", "Report" }, new[] { more.Spec.Steps[0].Name, more.Spec.Steps[1].Name });
    }

    [Fact]
    public void Monitoring_can_carry_only_a_log_uri()
    {
        var monitoring = Step.Hive("s", "s3://my-bucket/q.q").Monitoring(logUri: "s3://my-bucket/logs/").ToSpec().StepMonitoringConfiguration!.S3MonitoringConfiguration!;

        Assert.Equal("s3://my-bucket/logs/", monitoring.LogUri);
        Assert.Null(monitoring.EncryptionKeyArn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_step_names_are_rejected(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Step.Hive(name, "s3://my-bucket/q.q"));
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Overlong_step_names_are_rejected() =>
        Assert.Contains("256", Assert.Throws<ArgumentException>(() => Step.CommandRunner(new string('x', 257), "echo")).Message);

    [Theory]
    [InlineData("my-bucket/jobs/etl.py")]
    [InlineData("s3://My_Bucket/jobs/etl.py")]
    [InlineData("https://my-bucket.s3.amazonaws.com/etl.py")]
    public void Bad_entry_points_name_the_value_and_the_fix(string entryPoint)
    {
        var error = Assert.Throws<ArgumentException>(() => Step.SparkSubmit("s", entryPoint));

        Assert.Equal("entryPoint", error.ParamName);
        Assert.Contains(entryPoint, error.Message);
        Assert.Contains("s3://bucket/key", error.Message);
    }

    [Fact]
    public void Every_step_kind_checks_where_its_program_lives()
    {
        Assert.Equal("script", Assert.Throws<ArgumentException>(() => Step.Hive("s", "scripts/load.q")).ParamName);
        Assert.Equal("jar", Assert.Throws<ArgumentException>(() => Step.CustomJar("s", "app.jar")).ParamName);
        Assert.Equal("script", Assert.Throws<ArgumentException>(() => Step.ScriptRunner("s", "run.sh")).ParamName);
        Assert.Equal("src", Assert.Throws<ArgumentException>(() => Step.S3DistCp("s", src: "bucket/in", dest: "hdfs:///out")).ParamName);
        Assert.Equal("dest", Assert.Throws<ArgumentException>(() => Step.S3DistCp("s", src: "s3://my-bucket/in", dest: "out")).ParamName);
    }

    [Fact]
    public void Command_runner_needs_a_program()
    {
        Assert.Equal("command", Assert.Throws<ArgumentException>(() => Step.CommandRunner("s")).ParamName);
        Assert.Equal("command", Assert.Throws<ArgumentException>(() => Step.CommandRunner("s", " ", "x")).ParamName);
    }

    [Fact]
    public void Null_arguments_are_rejected_with_their_position()
    {
        var error = Assert.Throws<ArgumentException>(() => Step.CustomJar("s", "s3://my-bucket/a.jar").Args("a", null!));

        Assert.Equal("args", error.ParamName);
        Assert.Contains("Argument 1", error.Message);
    }

    [Theory]
    [InlineData("us_east_1")]
    [InlineData("US-EAST-1")]
    [InlineData("east")]
    public void Script_runner_regions_must_be_region_codes(string region) =>
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => Step.ScriptRunner("s", "s3://my-bucket/run.sh").InRegion(region)).ParamName);

    [Fact]
    public void S3DistCp_options_are_checked()
    {
        var step = Step.S3DistCp("s", src: "s3://my-bucket/in/", dest: "/out/");

        Assert.Equal("mebibytes", Assert.Throws<ArgumentOutOfRangeException>(() => step.TargetSize(-5)).ParamName);
        Assert.Equal("regex", Assert.Throws<ArgumentException>(() => step.GroupBy(".*\\.log")).ParamName);
        Assert.Equal("codec", Assert.Throws<ArgumentOutOfRangeException>(() => step.OutputCodec((S3DistCpOutputCodec)42)).ParamName);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected()
    {
        Assert.Equal("action", Assert.Throws<ArgumentOutOfRangeException>(() => Step.Hive("s", "s3://my-bucket/q.q").OnFailure((ActionOnFailure)9)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => Step.SparkSubmit("s", "s3://my-bucket/a.py").DeployMode((DeployMode)9)).ParamName);
    }

    [Fact]
    public void Hive_variable_names_are_bare_keys() =>
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => Step.Hive("s", "s3://my-bucket/q.q").Variable("A=B", "1")).ParamName);

    [Fact]
    public void Monitoring_needs_something_to_configure() =>
        Assert.Equal("logUri", Assert.Throws<ArgumentException>(() => Step.Hive("s", "s3://my-bucket/q.q").Monitoring()).ParamName);

    [Fact]
    public void The_AWS_CLI_test_placeholders_are_not_accepted_as_monitoring_values()
    {
        // The CLI's own tests send "TestLogUri" and "TestEncryptionKeyArn" (see the corpus); EMR needs an S3 URI and a KMS key ARN.
        var corpus = File.ReadAllText(RepoPaths.OracleFile("corpus", "addjobflowsteps", "awscli-add-steps-spark-step-with-step-monitoring-configuration-log-uri-only.json"));
        Assert.Contains("TestLogUri", corpus);
        var step = Step.Hive("s", "s3://my-bucket/q.q");

        var logError = Assert.Throws<ArgumentException>(() => step.Monitoring(logUri: "TestLogUri"));
        var keyError = Assert.Throws<ArgumentException>(() => step.Monitoring(encryptionKeyArn: "TestEncryptionKeyArn"));

        Assert.Equal("logUri", logError.ParamName);
        Assert.Equal("encryptionKeyArn", keyError.ParamName);
        Assert.Contains("arn:aws:kms:", keyError.Message);
    }

    [Theory]
    [InlineData("EMR_StepRole")]
    [InlineData("arn:aws:iam::123:role/x")]
    [InlineData("arn:aws:s3:::my-bucket")]
    public void Step_execution_roles_must_be_role_arns(string arn)
    {
        var error = Assert.Throws<ArgumentException>(() => Cluster.Create("c").StepExecutionRole(arn));

        Assert.Equal("roleArn", error.ParamName);
        Assert.Contains(arn, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2AXXXXXXGAPLF")]
    [InlineData("j-abc def")]
    [InlineData("{{ unclosed")]
    public void AddJobFlowSteps_needs_a_cluster_id(string clusterId) =>
        Assert.Equal("clusterId", Assert.Throws<ArgumentException>(() => Cluster.Create("c").Step(Step.CommandRunner("s", "echo")).ToAddJobFlowStepsJson(clusterId)).ParamName);

    [Theory]
    [InlineData("{{ ti.xcom_pull(task_ids='create_cluster', key='return_value') }}")]
    [InlineData("$.ClusterId")]
    [InlineData("${aws_emr_cluster.etl.id}")]
    public void AddJobFlowSteps_accepts_an_orchestrators_placeholder_for_the_cluster_id(string clusterId) =>
        Assert.Contains(
            "\"JobFlowId\": \"" + clusterId + "\"",
            Cluster.Create("c").Step(Step.CommandRunner("s", "echo")).ToAddJobFlowStepsJson(clusterId));

    [Fact]
    public void AddJobFlowSteps_needs_steps() =>
        Assert.Contains(".Step(", Assert.Throws<InvalidOperationException>(() => Cluster.Create("c").ToAddJobFlowStepsJson("j-ABC")).Message);

    [Fact]
    public void Steps_needs_at_least_one_step() =>
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => Cluster.Create("c").Steps()).ParamName);

}
