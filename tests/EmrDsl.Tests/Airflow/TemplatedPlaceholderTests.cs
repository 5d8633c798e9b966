using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EmrDsl.Containers;
using EmrDsl.Rules;
using EmrDsl.Serverless;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Airflow;

/// <summary>
/// Airflow renders Jinja placeholders in the operators' templated fields (job_flow_overrides, steps, job_driver, ...)
/// after it has read the artifact. Every string member a user might template keeps its placeholder through every
/// writer, unchanged; once rendered with typical values, each request passes its oracle.
/// </summary>
public sealed class TemplatedPlaceholderTests
{
    /// <summary>Each placeholder and a value Airflow could render it to.</summary>
    private static readonly Dictionary<string, string> Rendered = new()
    {
        ["{{ ds }}"] = "2024-01-31",
        ["{{ ds_nodash }}"] = "20240131",
        ["{{ macros.ds_add(ds, -1) }}"] = "2024-01-30",
        ["{{ params.env }}"] = "prod",
        ["{{ params.get(\"owner\", \"data-eng\") }}"] = "data-eng",
        ["{{ dag.dag_id }}"] = "nightly_etl",
        ["{{ ts_nodash }}"] = "20240131T000000",
        ["{{ var.value.release }}"] = "emr-7.2.0",
        ["{{ var.value.serverless_release }}"] = "emr-7.0.0",
        ["{{ var.value.eks_release }}"] = "emr-7.2.0-latest",
        ["{{ var.value.log_bucket }}"] = "acme-emr-logs",
        ["{{ var.value.shuffle_partitions }}"] = "400",
        ["{{ var.value.app_id }}"] = "00fabcdefgh12345",
        ["{{ var.value.virtual_cluster_id }}"] = "0ynz1ikogr9fbj6s2y3xfcyvf",
        ["{{ var.value.step_role }}"] = "arn:aws:iam::123456789012:role/AnalystStepRole",
        ["{{ ti.xcom_pull(task_ids='find_cluster') }}"] = "j-2AXXXXXXGAPLF",
        ["{{ ti.xcom_pull(task_ids='create_cluster') }}"] = "j-3BXXXXXXGAPLF",
    };

    private static readonly SparkJob Job = SparkJob.For("s3://acme-jobs/{{ params.env }}/report.py")
        .Conf("spark.app.name", "report-{{ ds_nodash }}")
        .Conf("spark.sql.shuffle.partitions", "{{ var.value.shuffle_partitions }}")
        .Args("--day", "{{ ds }}", "--since", "{{ macros.ds_add(ds, -1) }}", "--owner", "{{ params.get(\"owner\", \"data-eng\") }}");

    private static readonly SparkSubmitStep Sessions = Step.SparkSubmit("sessions {{ ds }}", "s3://acme-jobs/{{ params.env }}/sessions.py")
        .Conf("spark.app.name", "sessions-{{ ds_nodash }}")
        .Args("--day", "{{ ds }}", "--owner", "{{ params.get(\"owner\", \"data-eng\") }}")
        .OnFailure(ActionOnFailure.TerminateCluster);

    private static Cluster Nightly => Cluster.Create("nightly-{{ ds_nodash }}")
        .Release("{{ var.value.release }}")
        .Applications(EmrApplication.Spark)
        .LogUri("s3://{{ var.value.log_bucket }}/emr/{{ ds }}/")
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Subnet("subnet-0123456789abcdef0")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, count: 2)
        .Bootstrap("install {{ params.env }}", "s3://acme-config/bootstrap/{{ params.env }}.sh", "--day", "{{ ds }}")
        .Configure("spark-defaults", c => c.Set("spark.sql.shuffle.partitions", "{{ var.value.shuffle_partitions }}"))
        .Step(Sessions)
        .TerminateAfterSteps()
        .Tag("Run", "{{ dag.dag_id }}/{{ ds }}");

    private static JobFlowSteps Backfill => JobFlowSteps.For("{{ ti.xcom_pull(task_ids='find_cluster') }}")
        .Step(Sessions)
        .StepExecutionRole("{{ var.value.step_role }}");

    private static ServerlessApplication Reporting => ServerlessApplication.Create("reporting-{{ params.env }}")
        .Release("{{ var.value.serverless_release }}")
        .Type(ServerlessEngine.Spark)
        .MaximumCapacity(cpu: Cpu.VCpus(64), memory: Memory.Gigabytes(128))
        .AutoStop(TimeSpan.FromMinutes(15))
        .Configure("spark-defaults", c => c.Set("spark.sql.shuffle.partitions", "{{ var.value.shuffle_partitions }}"))
        .Monitoring(s3LogUri: "s3://{{ var.value.log_bucket }}/serverless/")
        .Tag("Run", "{{ dag.dag_id }}");

    private static ServerlessJobRun Report => ServerlessJobRun.Create("{{ var.value.app_id }}", "arn:aws:iam::123456789012:role/EMRServerlessJobRole")
        .Named("report-{{ ds }}")
        .SparkSubmit(Job)
        .ConfigurationOverrides(Classifications.Of("spark-defaults", c => c.Set("spark.sql.shuffle.partitions", "{{ var.value.shuffle_partitions }}")))
        .MonitoringOverrides(s3LogUri: "s3://{{ var.value.log_bucket }}/jobs/{{ ds }}/")
        .ExecutionTimeout(TimeSpan.FromHours(2))
        .With(s => s with { ClientToken = "{{ ts_nodash }}" })
        .Tag("Run", "{{ dag.dag_id }}");

    private static EksJobRun ReportOnEks => EksJobRun.Create("{{ var.value.virtual_cluster_id }}", "arn:aws:iam::123456789012:role/EmrOnEksJobRole", "{{ var.value.eks_release }}")
        .Named("report-{{ ds }}")
        .SparkSubmit(Job)
        .ConfigurationOverrides(Classifications.Of("spark-defaults", c => c.Set("spark.sql.shuffle.partitions", "{{ var.value.shuffle_partitions }}")))
        .Monitoring(s3LogUri: "s3://{{ var.value.log_bucket }}/eks/{{ ds }}/")
        .Tag("Run", "{{ dag.dag_id }}");

    /// <summary>Every writer, what it writes from, and which oracle checks the rendered request.</summary>
    public static TheoryData<string> Writers => new(WrittenBy.Keys);

    private static readonly Dictionary<string, (Func<string> Write, PayloadKind? Kind, string[] Placeholders)> WrittenBy = new()
    {
        ["RunJobFlow"] = (() => Nightly.ToRunJobFlowJson(), PayloadKind.RunJobFlow,
            Placeholders("ds", "ds_nodash", "params.env", "params.get", "dag.dag_id", "var.value.release", "var.value.log_bucket", "var.value.shuffle_partitions")),
        ["AddJobFlowSteps of the cluster"] = (() => Nightly.ToAddJobFlowStepsJson("{{ ti.xcom_pull(task_ids='create_cluster') }}"), PayloadKind.AddJobFlowSteps,
            Placeholders("ds", "ds_nodash", "params.env", "params.get", "create_cluster")),
        ["AddJobFlowSteps"] = (() => Backfill.ToAddJobFlowStepsJson(), PayloadKind.AddJobFlowSteps,
            Placeholders("ds", "ds_nodash", "params.env", "params.get", "find_cluster", "var.value.step_role")),
        ["Terraform of the cluster"] = (() => Nightly.ToTerraformJson(), PayloadKind.Terraform,
            Placeholders("ds", "ds_nodash", "params.env", "params.get", "dag.dag_id", "var.value.release", "var.value.log_bucket", "var.value.shuffle_partitions")),
        ["Step Functions of the cluster"] = (() => Nightly.ToStepFunctionsJson(), null,
            Placeholders("ds", "ds_nodash", "params.env", "params.get", "dag.dag_id", "var.value.release", "var.value.log_bucket", "var.value.shuffle_partitions")),
        ["Step Functions of the steps"] = (() => Backfill.ToStepFunctionsJson(), null,
            Placeholders("ds", "ds_nodash", "params.env", "params.get", "var.value.step_role")),
        ["CreateApplication"] = (() => Reporting.ToCreateApplicationJson(), PayloadKind.CreateApplication,
            Placeholders("params.env", "dag.dag_id", "var.value.serverless_release", "var.value.log_bucket", "var.value.shuffle_partitions")),
        ["Terraform of the application"] = (() => Reporting.ToTerraformJson(), PayloadKind.Terraform,
            Placeholders("params.env", "dag.dag_id", "var.value.serverless_release", "var.value.log_bucket", "var.value.shuffle_partitions")),
        ["StartJobRun"] = (() => Report.ToStartJobRunJson(), PayloadKind.StartJobRun,
            Placeholders("ds", "ds_nodash", "macros", "params.env", "params.get", "dag.dag_id", "ts_nodash", "var.value.app_id", "var.value.log_bucket", "var.value.shuffle_partitions")),
        ["Step Functions of the job run"] = (() => Report.ToStepFunctionsJson(), null,
            Placeholders("ds", "ds_nodash", "macros", "params.env", "params.get", "dag.dag_id", "ts_nodash", "var.value.log_bucket", "var.value.shuffle_partitions")),
        ["EMR on EKS StartJobRun"] = (() => ReportOnEks.ToStartJobRunJson(), PayloadKind.EksStartJobRun,
            Placeholders("ds", "ds_nodash", "macros", "params.env", "params.get", "dag.dag_id", "var.value.eks_release", "var.value.virtual_cluster_id", "var.value.log_bucket", "var.value.shuffle_partitions")),
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Every_placeholder_passes_through_the_writer_unchanged_and_the_rendered_request_is_valid(string writer)
    {
        var (write, kind, placeholders) = WrittenBy[writer];
        var json = write();

        var strings = Strings(JsonNode.Parse(json)!).ToList();
        Assert.All(placeholders, placeholder => Assert.True(strings.Any(s => s.Contains(placeholder, StringComparison.Ordinal)), $"{writer} lost {placeholder}:\n{json}"));
        // Nothing half-written either: every {{ the writer wrote opens one of the placeholders put in (a string that is
        // itself JSON, like Terraform's configurations_json, has braces of its own but never two opening ones in a row).
        Assert.All(strings, s => Assert.DoesNotContain("{{", Rendered.Keys.Aggregate(s, (text, p) => text.Replace(p, string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal));
        if (kind is { } payload)
        {
            PayloadOracle.AssertValid(Render(json), payload);
        }
        else
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-airflow-").FullName, "templated.asl.json");
            File.WriteAllText(path, json);
            Assert.Null(AslValidator.Findings(new[] { path }));
        }
    }

    [Fact]
    public void State_machines_read_the_cluster_and_application_id_from_the_execution_input_instead_of_a_placeholder()
    {
        Assert.Contains("\"ClusterId.$\": \"$.ClusterId\"", Backfill.ToStepFunctionsJson(), StringComparison.Ordinal);
        Assert.Contains("\"ApplicationId.$\": \"$.ApplicationId\"", Report.ToStepFunctionsJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("find_cluster", Backfill.ToStepFunctionsJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("var.value.app_id", Report.ToStepFunctionsJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_escapes_its_own_interpolation_in_user_values_and_leaves_Jinja_alone()
    {
        var cluster = Nightly.Tag("Template", "${var.env} %{ if true }{{ ds }}");

        var tag = Strings(JsonNode.Parse(cluster.ToTerraformJson())!).Single(s => s.Contains("var.env", StringComparison.Ordinal));
        Assert.Equal("$${var.env} %%{ if true }{{ ds }}", tag);
        Assert.Contains("${var.env} %{ if true }{{ ds }}", Strings(JsonNode.Parse(cluster.ToRunJobFlowJson())!));
    }

    [Fact]
    public void A_string_in_Step_Functions_parameters_stays_a_literal_even_when_it_looks_like_a_path()
    {
        var json = JobFlowSteps.For("$.ClusterId").Step(Step.CommandRunner("load", "hive", "-d", "DAY={{ ds }}", "-d", "$.day")).ToStepFunctionsJson();

        var parameters = JsonNode.Parse(json)!["States"]!["load"]!["Parameters"]!;
        Assert.Equal(new[] { "ClusterId.$" }, Keys(parameters).Where(key => key.EndsWith(".$", StringComparison.Ordinal)));
        Assert.Contains("$.day", Strings(parameters));
        Assert.Contains("DAY={{ ds }}", Strings(parameters));
    }

    [Fact]
    public void The_rules_take_a_templated_value_as_given_and_still_check_the_rest()
    {
        var findings = Nightly.Validate().Concat(Backfill.Validate()).Concat(Reporting.Validate()).Concat(Report.Validate()).ToList();

        Assert.DoesNotContain(findings, f => f.Message.Contains("{{", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Id == RuleIds.MissingLogUri);
        // A form check still applies where the value holds no placeholder.
        Assert.Contains(Nightly.Release("emr-1.0.0").Validate(), f => f.Path == "ReleaseLabel");
        Assert.Throws<ArgumentException>(() => Nightly.LogUri("s3://Not_A_Bucket/{{ ds }}/"));
        Assert.Throws<ArgumentException>(() => Nightly.Release("7.2.0"));
    }

    private static string[] Placeholders(params string[] parts) =>
        parts.Select(part => Rendered.Keys.SingleOrDefault(p => p == "{{ " + part + " }}") ?? Rendered.Keys.Single(p => p.Contains(part, StringComparison.Ordinal))).ToArray();

    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(member => member.Value is null ? Enumerable.Empty<string>() : Strings(member.Value)),
        JsonArray array => array.SelectMany(item => item is null ? Enumerable.Empty<string>() : Strings(item)),
        JsonValue value when value.TryGetValue<string>(out var text) => new[] { text },
        _ => Enumerable.Empty<string>(),
    };

    private static IEnumerable<string> Keys(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(member => member.Value is null ? new[] { member.Key } : Keys(member.Value).Prepend(member.Key)),
        JsonArray array => array.SelectMany(item => item is null ? Enumerable.Empty<string>() : Keys(item)),
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>What the operator sends: every string with its placeholders rendered.</summary>
    private static string Render(string json) => Render(JsonNode.Parse(json)!)!.ToJsonString();

    private static JsonNode? Render(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(m => KeyValuePair.Create(m.Key, Render(m.Value)))),
        JsonArray array => new JsonArray(array.Select(Render).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(Rendered.Aggregate(text, (t, p) => t.Replace(p.Key, p.Value, StringComparison.Ordinal))),
        null => null,
        _ => node.DeepClone(),
    };
}
