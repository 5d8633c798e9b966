using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary><c>emrdsl import</c> of AddJobFlowSteps requests: each becomes an [EmrSteps] definition that builds the same request.</summary>
public sealed class StepsImportTests
{
    [Theory]
    [MemberData(nameof(CorpusFiles.AddJobFlowSteps), MemberType = typeof(CorpusFiles))]
    public void Every_corpus_request_imports_to_code_that_builds_the_same_request(string name) =>
        ImportedRequest.RebuildsTheSameRequest(CorpusFiles.StepsPath(name), "Corpus.Steps");

    [Fact]
    public void Generated_code_is_readable_and_stable() =>
        ImportedRequest.MatchesItsSnapshot(CorpusFiles.StepsPath("awscli-add-steps-all-step-types-release.json"), "awscli-add-steps-all-step-types-release.json");

    [Fact]
    public void An_Airflow_steps_list_with_a_templated_cluster_and_a_role_imports_as_typed_steps()
    {
        var path = Payload.Write("""
            {
              "JobFlowId": "{{ ti.xcom_pull(task_ids='create_cluster', key='return_value') }}",
              "Steps": [
                {"Name": "sessions", "ActionOnFailure": "CANCEL_AND_WAIT",
                 "HadoopJarStep": {"Jar": "command-runner.jar", "Args": ["spark-submit", "--deploy-mode", "cluster", "s3://acme-jobs/sessions.py", "--day", "{{ ds }}"]}}
              ],
              "ExecutionRoleArn": "arn:aws:iam::123456789012:role/AnalystStepRole"
            }
            """);

        var run = CliRun.Of("import", path);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("[EmrSteps]\n    public static JobFlowSteps Imported => JobFlowSteps.For(\"{{ ti.xcom_pull(task_ids='create_cluster', key='return_value') }}\")", run.Output);
        Assert.Contains(".Step(Step.SparkSubmit(\"sessions\", \"s3://acme-jobs/sessions.py\")", run.Output);
        Assert.Contains(".OnFailure(ActionOnFailure.CancelAndWait)", run.Output);
        Assert.Contains(".StepExecutionRole(\"arn:aws:iam::123456789012:role/AnalystStepRole\")", run.Output);
        Assert.DoesNotContain(".With(", run.Output);
        Assert.DoesNotContain("using EmrDsl.Serverless", run.Output);
        ImportedRequest.RebuildsTheSameRequest(path, "Airflow.Steps");
    }

    [Fact]
    public void A_request_without_steps_is_refused_with_the_place()
    {
        var path = Payload.Write("""{"JobFlowId": "j-1", "Steps": []}""");

        var run = CliRun.Of("import", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"emrdsl: {path}: Steps: the request adds no steps; AddJobFlowSteps needs at least one, so there is nothing to import.\n", run.Error);
    }
}
