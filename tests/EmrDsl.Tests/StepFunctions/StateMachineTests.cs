using System;
using System.Linq;
using System.Text.Json;
using EmrDsl.Emit.StepFunctions;
using EmrDsl.Rules;
using EmrDsl.Serverless;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.StepFunctions;

/// <summary>Definitions as Amazon States Language state machines: the states, their Catch and Retry, secrets, options and refusals.</summary>
public sealed class StateMachineTests
{
    public static TheoryData<string> Names => new(StateMachineExamples.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_state_machine_matches_its_approved_file_and_is_written_the_same_twice(string name)
    {
        var write = StateMachineExamples.All.Single(e => e.Name == name).Write;

        Assert.Equal(write(), write());
        Snapshot.Match(write(), name.Replace(".asl.json", ".approved.asl.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transient_cluster_is_created_without_its_steps_each_step_is_a_state_and_the_cluster_is_terminated()
    {
        using var machine = JsonDocument.Parse(StateMachineExamples.Nightly.ToStepFunctionsJson());
        var states = machine.RootElement.GetProperty("States");

        Assert.Equal(new[] { "Create cluster", "sessions", "load", "report", "Terminate cluster", "Terminate cluster after failure", "Failed" }, states.EnumerateObject().Select(s => s.Name));
        var create = states.GetProperty("Create cluster");
        Assert.Equal("arn:aws:states:::elasticmapreduce:createCluster.sync", create.GetProperty("Resource").GetString());
        Assert.False(create.GetProperty("Parameters").TryGetProperty("Steps", out _));
        Assert.True(create.GetProperty("Parameters").GetProperty("Instances").GetProperty("KeepJobFlowAliveWhenNoSteps").GetBoolean());
        Assert.Equal("$.Cluster", create.GetProperty("ResultPath").GetString());
        Assert.False(create.TryGetProperty("Catch", out _));
        PayloadOracle.AssertValid(create.GetProperty("Parameters").GetRawText(), PayloadKind.RunJobFlow);

        var sessions = states.GetProperty("sessions");
        Assert.Equal("arn:aws:states:::elasticmapreduce:addStep.sync", sessions.GetProperty("Resource").GetString());
        Assert.Equal("$.Cluster.ClusterId", sessions.GetProperty("Parameters").GetProperty("ClusterId.$").GetString());
        Assert.Equal("sessions", sessions.GetProperty("Parameters").GetProperty("Step").GetProperty("Name").GetString());
        Assert.Equal("load", sessions.GetProperty("Next").GetString());
        Assert.Equal("arn:aws:states:::elasticmapreduce:terminateCluster.sync", states.GetProperty("Terminate cluster").GetProperty("Resource").GetString());
        Assert.True(states.GetProperty("Terminate cluster").GetProperty("End").GetBoolean());
        Assert.Equal("Failed", states.GetProperty("Terminate cluster after failure").GetProperty("Next").GetString());
    }

    [Fact]
    public void Every_state_after_the_create_catches_a_failure_and_a_failed_step_that_continues_goes_on_to_the_next_step()
    {
        using var machine = JsonDocument.Parse(StateMachineExamples.Nightly.ToStepFunctionsJson());
        var states = machine.RootElement.GetProperty("States");

        string CatchTarget(string state) => states.GetProperty(state).GetProperty("Catch")[0].GetProperty("Next").GetString()!;
        Assert.Equal("Terminate cluster after failure", CatchTarget("sessions"));
        Assert.Equal("report", CatchTarget("load"));
        Assert.Equal("Terminate cluster after failure", CatchTarget("report"));
        Assert.Equal("Terminate cluster after failure", CatchTarget("Terminate cluster"));
        Assert.Equal("Failed", CatchTarget("Terminate cluster after failure"));
        Assert.All(new[] { "sessions", "load", "report" }, s => Assert.Equal("$.Error", states.GetProperty(s).GetProperty("Catch")[0].GetProperty("ResultPath").GetString()));
    }

    [Fact]
    public void Options_set_retries_timeouts_the_result_path_and_the_step_runtime_role()
    {
        using var machine = JsonDocument.Parse(StateMachineExamples.Nightly.StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole").ToStepFunctionsJson(StateMachineExamples.Tuned));
        var step = machine.RootElement.GetProperty("States").GetProperty("sessions");

        Assert.Equal(2, step.GetProperty("Retry")[0].GetProperty("MaxAttempts").GetInt32());
        Assert.Equal(120, step.GetProperty("Retry")[0].GetProperty("IntervalSeconds").GetInt32());
        Assert.Equal(7200, step.GetProperty("TimeoutSeconds").GetInt32());
        Assert.Equal("$.emr.ClusterId", step.GetProperty("Parameters").GetProperty("ClusterId.$").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/AnalystStepRole", step.GetProperty("Parameters").GetProperty("ExecutionRoleArn").GetString());
        Assert.Equal(1800, machine.RootElement.GetProperty("States").GetProperty("Create cluster").GetProperty("TimeoutSeconds").GetInt32());
    }

    [Fact]
    public void A_secret_from_the_execution_input_is_read_with_the_dollar_key_suffix_and_nothing_else_is()
    {
        var json = StateMachineExamples.Secure.ToStepFunctionsJson();
        using var machine = JsonDocument.Parse(json);
        var parameters = machine.RootElement.GetProperty("States").GetProperty("Create cluster").GetProperty("Parameters");

        Assert.Equal("$.secrets.kdcAdminPassword", parameters.GetProperty("KerberosAttributes").GetProperty("KdcAdminPassword.$").GetString());
        Assert.False(parameters.GetProperty("KerberosAttributes").TryGetProperty("KdcAdminPassword", out _));
        var hiveSite = parameters.GetProperty("Configurations").EnumerateArray().Single(c => c.GetProperty("Classification").GetString() == "hive-site");
        Assert.Equal("$.secrets.metastore", hiveSite.GetProperty("Properties").GetProperty("javax.jdo.option.ConnectionPassword.$").GetString());
        Assert.Equal("EC2.INTERNAL", parameters.GetProperty("KerberosAttributes").GetProperty("Realm").GetString());
        var pathKeys = System.Text.RegularExpressions.Regex.Matches(json, "\"([^\"]+)\\.\\$\":").Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(new[] { "ClusterId", "KdcAdminPassword", "javax.jdo.option.ConnectionPassword" }, pathKeys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Steps_for_a_running_cluster_read_its_id_from_the_input()
    {
        using var byDefault = JsonDocument.Parse(JobFlowSteps.For("j-2AXXXXXXGAPLF").Steps(StateMachineExamples.Load, StateMachineExamples.Load).ToStepFunctionsJson());
        using var atPath = JsonDocument.Parse(JobFlowSteps.For("$.cluster.id").Step(StateMachineExamples.Load).ToStepFunctionsJson());
        using var fromOptions = JsonDocument.Parse(JobFlowSteps.For("$.cluster.id").Step(StateMachineExamples.Load).ToStepFunctionsJson(new StepFunctionsOptions { ClusterIdPath = "$.input.cluster" }));

        var states = byDefault.RootElement.GetProperty("States");
        Assert.Equal(new[] { "load", "load (2)" }, states.EnumerateObject().Select(s => s.Name));
        Assert.Equal("$.ClusterId", states.GetProperty("load").GetProperty("Parameters").GetProperty("ClusterId.$").GetString());
        Assert.Equal("load (2)", states.GetProperty("load").GetProperty("Catch")[0].GetProperty("Next").GetString());
        Assert.False(states.GetProperty("load (2)").TryGetProperty("Catch", out _));
        Assert.True(states.GetProperty("load (2)").GetProperty("End").GetBoolean());
        Assert.Equal("$.cluster.id", atPath.RootElement.GetProperty("States").GetProperty("load").GetProperty("Parameters").GetProperty("ClusterId.$").GetString());
        Assert.Equal("$.input.cluster", fromOptions.RootElement.GetProperty("States").GetProperty("load").GetProperty("Parameters").GetProperty("ClusterId.$").GetString());
    }

    [Fact]
    public void A_job_run_starts_on_the_application_id_from_the_input_with_the_integrations_member_names()
    {
        var run = ServerlessJobRun.Create("00fabcdefgh12345", "arn:aws:iam::123456789012:role/EMRServerlessJobRole")
            .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py").Conf("spark.sql.shuffle.partitions", "400"))
            .Tag("Pipeline", "nightly");

        using var machine = JsonDocument.Parse(run.ToStepFunctionsJson());
        var state = machine.RootElement.GetProperty("States").GetProperty("Run job");
        var parameters = state.GetProperty("Parameters");

        Assert.Equal("arn:aws:states:::emr-serverless:startJobRun.sync", state.GetProperty("Resource").GetString());
        Assert.Equal("$.ApplicationId", parameters.GetProperty("ApplicationId.$").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/EMRServerlessJobRole", parameters.GetProperty("ExecutionRoleArn").GetString());
        Assert.Equal("s3://my-bucket/jobs/etl.py", parameters.GetProperty("JobDriver").GetProperty("SparkSubmit").GetProperty("EntryPoint").GetString());
        Assert.Equal("nightly", parameters.GetProperty("Tags").GetProperty("Pipeline").GetString());
        Assert.False(parameters.TryGetProperty("ClientToken", out _));
        Assert.Equal("$.app", JsonDocument.Parse(ServerlessJobRun.FromSpec(run.Spec with { ApplicationId = "$.app" }).ToStepFunctionsJson())
            .RootElement.GetProperty("States").GetProperty("Run job").GetProperty("Parameters").GetProperty("ApplicationId.$").GetString());
    }

    [Fact]
    public void A_termination_protected_cluster_is_reported_and_no_state_machine_is_written()
    {
        var cluster = StateMachineExamples.Nightly.TerminationProtected();

        var error = Assert.Throws<StepFunctionsRefusedException>(() => cluster.ToStepFunctionsJson());

        var finding = Assert.Single(error.Findings);
        Assert.Equal(RuleIds.TerminationProtectedStateMachine, finding.Id);
        Assert.Equal("Instances.TerminationProtected", finding.Path);
        Assert.Contains("EMR030", error.Message);
        Assert.DoesNotContain(cluster.Validate(), f => f.Id == RuleIds.TerminationProtectedStateMachine);
        Assert.Contains(RuleSet.Run(cluster.Spec, new RuleContext { StepFunctions = true }), f => f.Id == RuleIds.TerminationProtectedStateMachine);
    }

    [Theory]
    [InlineData("terraform")]
    [InlineData("airflow")]
    [InlineData("secretsmanager")]
    public void A_secret_Step_Functions_does_not_resolve_is_reported_at_its_member_and_no_state_machine_is_written(string source)
    {
        var secret = source switch
        {
            "terraform" => Secret.TerraformVariable("kdc_admin_password"),
            "airflow" => Secret.AirflowVariable("emr_kdc"),
            _ => Secret.SecretsManager("emr/kdc", "password"),
        };
        var cluster = StateMachineExamples.Nightly.SecurityConfiguration("kerberos").Kerberos("EC2.INTERNAL", secret);

        var error = Assert.Throws<StepFunctionsRefusedException>(() => cluster.ToStepFunctionsJson());

        var finding = Assert.Single(error.Findings);
        Assert.Equal(RuleIds.SecretNotFromStateData, finding.Id);
        Assert.Equal("KerberosAttributes.KdcAdminPassword", finding.Path);
        Assert.Contains("Secret.StepFunctionsPath(\"$.secrets.kdc_admin_password\")", finding.Message);
        Assert.DoesNotContain(cluster.Validate(), f => f.Id == RuleIds.SecretNotFromStateData);
    }

    [Fact]
    public void A_literal_secret_is_never_written_into_a_state_machine()
    {
        var cluster = StateMachineExamples.Nightly.SecurityConfiguration("kerberos").Kerberos("EC2.INTERNAL", "change-me");

        var error = Assert.Throws<EmrDsl.Model.LiteralSecretException>(() => cluster.ToStepFunctionsJson());

        Assert.Equal("KerberosAttributes.KdcAdminPassword", error.Path);
        Assert.DoesNotContain("change-me", error.Message);
    }

    [Fact]
    public void A_kept_alive_cluster_is_refused_with_the_way_to_a_steps_state_machine()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StateMachineExamples.Nightly.KeepAlive().ToStepFunctionsJson());

        Assert.Contains("JobFlowSteps.For(\"$.ClusterId\")", error.Message);
    }

    [Theory]
    [InlineData("ClusterIdPath")]
    [InlineData("StateName")]
    [InlineData("SameNames")]
    [InlineData("Backoff")]
    [InlineData("Retries")]
    public void Options_that_cannot_be_written_are_refused_naming_the_option(string option)
    {
        var options = option switch
        {
            "ClusterIdPath" => new StepFunctionsOptions { ClusterIdPath = "ClusterId" },
            "StateName" => new StepFunctionsOptions { FailStateName = new string('x', 81) },
            "SameNames" => new StepFunctionsOptions { FailStateName = "Create cluster" },
            "Backoff" => new StepFunctionsOptions { RetryBackoffRate = 0.5 },
            _ => new StepFunctionsOptions { StepRetries = -1 },
        };

        var error = Assert.ThrowsAny<ArgumentException>(() => StateMachineExamples.Nightly.ToStepFunctionsJson(options));

        Assert.Contains(option == "SameNames" ? "Create cluster" : option == "StateName" ? "FailStateName" : option == "Backoff" ? "RetryBackoffRate" : option == "Retries" ? "StepRetries" : "ClusterIdPath", error.Message);
    }
}
