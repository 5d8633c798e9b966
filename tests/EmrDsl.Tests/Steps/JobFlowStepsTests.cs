using System;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Steps;

/// <summary>Steps for a running cluster on their own (<see cref="JobFlowSteps"/>): the AddJobFlowSteps request, its checks and its rules.</summary>
public sealed class JobFlowStepsTests
{
    private const string ClusterId = "{{ ti.xcom_pull(task_ids='find_cluster') }}";
    private const string RoleArn = "arn:aws:iam::123456789012:role/AnalystStepRole";

    private static readonly HiveStep Load = Step.Hive("load", "s3://acme-jobs/load.q");

    [Fact]
    public void The_request_holds_the_cluster_id_the_steps_in_order_and_the_execution_role()
    {
        var json = JobFlowSteps.For(ClusterId)
            .Step(Step.SparkSubmit("sessions", "s3://acme-jobs/sessions.py"))
            .Steps(Load, Step.CommandRunner("report", "hive", "-f", "report.q"))
            .StepExecutionRole(RoleArn)
            .ToAddJobFlowStepsJson();

        PayloadOracle.AssertValid(json, PayloadKind.AddJobFlowSteps);
        Assert.StartsWith("{\n  \"JobFlowId\": \"{{ ti.xcom_pull(task_ids='find_cluster') }}\",\n  \"Steps\": [", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"sessions\"", StringComparison.Ordinal) < json.IndexOf("\"load\"", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"load\"", StringComparison.Ordinal) < json.IndexOf("\"report\"", StringComparison.Ordinal));
        Assert.EndsWith($"  \"ExecutionRoleArn\": \"{RoleArn}\"\n}}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_writes_the_same_request_for_the_same_steps_and_role()
    {
        var cluster = Cluster.Create("etl").Step(Load).StepExecutionRole(RoleArn);

        Assert.Equal(JobFlowSteps.For(ClusterId).Step(Load).StepExecutionRole(RoleArn).ToAddJobFlowStepsJson(), cluster.ToAddJobFlowStepsJson(ClusterId));
    }

    [Fact]
    public void Every_method_returns_a_new_value_and_leaves_its_receiver_alone()
    {
        var empty = JobFlowSteps.For("j-2AXXXXXXGAPLF");
        var one = empty.Step(Load);

        Assert.True(empty.Spec.Steps.IsEmpty);
        Assert.Single(one.Spec.Steps);
        Assert.Null(one.Spec.ExecutionRoleArn);
    }

    [Theory]
    [InlineData("j-lowercase", "The cluster id 'j-lowercase'")]
    [InlineData("", "The cluster id")]
    public void A_cluster_id_that_is_neither_an_id_nor_a_placeholder_is_refused(string clusterId, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => JobFlowSteps.For(clusterId));

        Assert.Contains(expected, error.Message);
        Assert.Equal("clusterId", error.ParamName);
    }

    [Fact]
    public void Missing_steps_and_bad_roles_are_refused_with_a_way_out()
    {
        var steps = JobFlowSteps.For("j-2AXXXXXXGAPLF");

        Assert.Contains("Pass a step, for example Step.SparkSubmit", Assert.Throws<ArgumentNullException>(() => steps.Step(null!)).Message);
        Assert.Contains("pass at least one", Assert.Throws<ArgumentException>(() => steps.Steps()).Message);
        Assert.Contains("arn:aws:iam::123456789012:role/EMR_StepRole", Assert.ThrowsAny<ArgumentException>(() => steps.StepExecutionRole("AnalystStepRole")).Message);
        Assert.Contains("AddJobFlowSteps requires at least one", Assert.Throws<InvalidOperationException>(() => steps.ToAddJobFlowStepsJson()).Message);
    }

    [Fact]
    public void Validate_reports_a_credential_in_a_step_at_its_argument()
    {
        var findings = JobFlowSteps.For("j-2AXXXXXXGAPLF")
            .Step(Load)
            .Step(Step.SparkSubmit("copy", "s3://acme-jobs/copy.py").Args("--key", "AKIAIOSFODNN7EXAMPLE"))
            .Validate();

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.HardCodedCredential, finding.Id);
        Assert.Equal("Steps[1].HadoopJarStep.Args[3]", finding.Path);
    }

    [Fact]
    public void Validate_reports_what_AddJobFlowSteps_rejects()
    {
        var tooMany = Enumerable.Range(0, RejectedByApiRule.MaxSteps + 1).Select(i => (StepDefinition)Step.Hive($"h{i}", "s3://acme-jobs/q.q")).ToArray();
        var longArgs = Step.CommandRunner("long", "echo", new string('x', RejectedByApiRule.MaxHadoopJarStepCharacters));
        var findings = JobFlowSteps.For("j-2AXXXXXXGAPLF").Steps(tooMany).Step(longArgs).Validate();

        Assert.All(findings, f => Assert.Equal(RuleIds.RejectedByApi, f.Id));
        Assert.Contains(findings, f => f.Path == "Steps" && f.Message.Contains("a cluster runs at most 256", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Path == $"Steps[{RejectedByApiRule.MaxSteps + 1}].HadoopJarStep");
    }

    [Fact]
    public void Rules_about_whole_clusters_do_not_fire_on_steps_alone()
    {
        var steps = JobFlowSteps.FromSpec(new AddJobFlowStepsSpec { JobFlowId = "j-2AXXXXXXGAPLF", Steps = EquatableArray.Create(Load.ToSpec()) });

        Assert.Empty(steps.Validate());
    }
}
