using System.IO;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Steps;

/// <summary>Each step kind, written with the DSL, reproduces a real AddJobFlowSteps request the AWS CLI sends.</summary>
public sealed class CorpusReproductionTests
{
    private const string HiveScript = "s3://elasticmapreduce/samples/hive-ads/libs/model-build.q";
    private const string PigScript = "s3://elasticmapreduce/samples/pig-apache/do-reports2.pig";

    private static readonly string[] StreamingArgs =
    {
        "-files", "s3://elasticmapreduce/samples/wordcount/wordSplitter.py", "-mapper", "wordSplitter.py", "-reducer", "aggregate",
        "-input", "s3://elasticmapreduce/samples/wordcount/input", "-output", "s3://mybucket/wordcount/output/2014-04-18/12-15-24",
    };

    private static readonly string[] ImpalaArgs =
    {
        "--run-impala-script", "--impala-script", "s3://myimpala/input", "--console-output-path", "s3://myimpala/output",
    };

    [Fact]
    public void Spark_submit_step()
    {
        var step = Step.SparkSubmit("Spark application", "s3://mybucket/myfolder/app.jar")
            .DeployMode(DeployMode.Cluster)
            .Conf("k1", "v1")
            .Args("k2=v2");

        AssertReproduces("awscli-add-steps-SPARK-SUBMIT-SCRIPT-RUNNER-STEP-2.json", Steps(step));
    }

    [Fact]
    public void Every_step_type_of_a_release_label_cluster()
    {
        var steps = Steps(
            Step.CustomJar("Custom JAR", "s3://mybucket/mytest.jar"),
            Step.CommandRunner("Streaming program", Words.Prepend("hadoop-streaming", StreamingArgs)),
            Step.Hive("Hive program", HiveScript),
            Step.CommandRunner("Pig program", "pig-script", "--run-pig-script", "--args", "-f", PigScript));

        AssertReproduces("awscli-add-steps-all-step-types-release.json", steps);
    }

    [Fact]
    public void Custom_jar_step_with_defaults() =>
        AssertReproduces("awscli-add-steps-default-step-type-name-action-on-failure.json", Steps(Step.CustomJar("Custom JAR", "s3://mybucket/mytest.jar")));

    [Fact]
    public void Hive_step_with_defaults() =>
        AssertReproduces("awscli-add-steps-hive-step-with-default-fields-2.json", Steps(Step.Hive("Hive program", HiveScript)));

    [Fact]
    public void Hive_step_that_cancels_and_waits() =>
        AssertReproduces(
            "awscli-add-steps-hive-step-with-step-monitoring-configuration-no-log-uri-or-encryption-key-arn-2.json",
            Steps(Step.Hive("HiveWithAllFields", HiveScript).OnFailure(ActionOnFailure.CancelAndWait)));

    [Fact]
    public void Script_runner_step() =>
        AssertReproduces(
            "awscli-add-steps-impala-step-with-default-fields.json",
            Steps(Step.ScriptRunner("Impala program", "s3://us-east-1.elasticmapreduce/libs/impala/setup-impala", ImpalaArgs)));

    [Fact]
    public void Script_runner_step_that_cancels_and_waits() =>
        AssertReproduces(
            "awscli-add-steps-impala-step-with-step-monitoring-configuration-no-log-uri-or-encryption-key-arn.json",
            Steps(Step.ScriptRunner("ImpalaWithAllFields", "s3://us-east-1.elasticmapreduce/libs/impala/setup-impala", ImpalaArgs)
                .OnFailure(ActionOnFailure.CancelAndWait)));

    [Fact]
    public void Command_runner_pig_step() =>
        AssertReproduces(
            "awscli-add-steps-pig-step-with-default-fields-2.json",
            Steps(Step.CommandRunner("Pig program", "pig-script", "--run-pig-script", "--args", "-f", PigScript)));

    [Fact]
    public void Command_runner_pig_step_that_cancels_and_waits() =>
        AssertReproduces(
            "awscli-add-steps-pig-step-with-step-monitoring-configuration-no-log-uri-or-encryption-key-arn-2.json",
            Steps(Step.CommandRunner("PigWithAllFields", "pig-script", "--run-pig-script", "--args", "-f", PigScript).OnFailure(ActionOnFailure.CancelAndWait)));

    [Fact]
    public void Command_runner_streaming_step() =>
        AssertReproduces(
            "awscli-add-steps-streaming-step-with-default-fields-2.json",
            Steps(Step.CommandRunner("Streaming program", Words.Prepend("hadoop-streaming", StreamingArgs))));

    [Fact]
    public void Local_jar_step_with_an_execution_role()
    {
        var steps = Steps(Step.CustomJar("Streaming program", "/home/hadoop/contrib/streaming/hadoop-streaming.jar").Args(StreamingArgs))
            .StepExecutionRole("arn:aws:iam::123456789010:role/sample");

        AssertReproduces("awscli-add-steps-step-with-execution-role-arn.json", steps);
    }

    [Fact]
    public void A_different_step_does_not_reproduce_the_request()
    {
        var steps = Steps(Step.Hive("Hive program", HiveScript).Variable("DAY", "2026-04-25"));

        Assert.NotEqual(Normalized(Corpus("awscli-add-steps-hive-step-with-default-fields-2.json")), Normalized(steps.ToAddJobFlowStepsJson()));
    }

    private static JobFlowSteps Steps(params StepDefinition[] steps) => JobFlowSteps.For("j-ABC").Steps(steps);

    private static void AssertReproduces(string corpusFile, JobFlowSteps steps)
    {
        var json = steps.ToAddJobFlowStepsJson();
        PayloadOracle.AssertValid(json, PayloadKind.AddJobFlowSteps);
        Assert.Equal(Normalized(Corpus(corpusFile)), Normalized(json));
    }

    private static string Corpus(string file) => File.ReadAllText(RepoPaths.OracleFile("corpus", "addjobflowsteps", file));

    private static string Normalized(string json) => JsonSemantics.Normalize(JsonParser.Parse(json));
}
