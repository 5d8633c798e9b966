using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Emit.StepFunctions;
using EmrDsl.Serverless;
using EmrDsl.Testing;
using Microsoft.CodeAnalysis;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// <c>StateMachineOptions = nameof(...)</c> writes the state machine with the options that member evaluates to, byte for
/// byte what <c>ToStepFunctionsJson(options)</c> gives at run time; a member that cannot be used is EMRG015 at the argument.
/// </summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class StateMachineOptionsTests
{
    private const string Conventions = """
        using EmrDsl.Emit.StepFunctions;

        public static class FlowConventions
        {
            public static StepFunctionsOptions Retried(int retries) => new StepFunctionsOptions
            {
                StepRetries = retries,
                StepTimeoutSeconds = 3600,
                CreateClusterStateName = "Start cluster",
            };
        }
        """;

    private const string Definitions = """
        using EmrDsl;
        using EmrDsl.Emit.StepFunctions;
        using EmrDsl.Serverless;

        namespace Acme.Flows;

        public static partial class Pipelines
        {
            public static StepFunctionsOptions Nightly => FlowConventions.Retried(2) with { Comment = "nightly" };

            public static readonly StepFunctionsOptions FromInput = new() { ClusterIdPath = "$.cluster.id", ApplicationIdPath = "$.app.id" };

            private static StepFunctionsOptions Slow() => new() { RetryBackoffRate = 0.5 };

            private static int NotOptions => 3;

            private static Cluster Base => Cluster.Create("base").Release(EmrRelease.Emr_7_2_0)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole").Subnet("subnet-0123456789abcdef0")
                .Master(InstanceTypes.M5.XLarge).Step(Step.Hive("load", "s3://acme-jobs/load.q"));

            [EmrCluster(StepFunctions = true, StateMachineOptions = nameof(Nightly))]
            public static Cluster Etl => Base.Named("etl");

            [EmrSteps(StepFunctions = true, StateMachineOptions = nameof(FromInput))]
            public static JobFlowSteps Backfill => JobFlowSteps.For("j-PLACEHOLDER")
                .Step(Step.Hive("load", "s3://acme-jobs/load.q"));

            [EmrServerless(StepFunctions = true, StateMachineOptions = nameof(FromInput))]
            public static ServerlessJobRun Report => ServerlessJobRun.Create("00fabcdefgh12345", "arn:aws:iam::123456789012:role/EMRServerlessJobRole")
                .Named("report")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/report.py"));

            [EmrCluster(StepFunctions = true, StateMachineOptions = nameof(Slow))]
            public static Cluster SlowRetries => Base.Named("slow");

            [EmrCluster(StepFunctions = true, StateMachineOptions = "Missing")]
            public static Cluster Misnamed => Base.Named("misnamed");

            [EmrCluster(StepFunctions = true, StateMachineOptions = nameof(NotOptions))]
            public static Cluster WrongType => Base.Named("wrong-type");

            [EmrCluster(StateMachineOptions = "Missing")]
            public static Cluster NotAsked => Base.Named("not-asked");
        }
        """;

    [Theory]
    [InlineData("Etl", "Nightly")]
    [InlineData("Backfill", "FromInput")]
    [InlineData("Report", "FromInput")]
    public void The_state_machine_is_written_with_the_named_options_as_at_run_time_and_passes_asl_validator(string member, string optionsMember)
    {
        var outcome = GeneratorHarness.Run(Conventions, Definitions);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var options = (StepFunctionsOptions)runtime.Get("Acme.Flows.Pipelines", optionsMember)!;
        var expected = runtime.Get("Acme.Flows.Pipelines", member) switch
        {
            Cluster cluster => cluster.ToStepFunctionsJson(options),
            JobFlowSteps steps => steps.ToStepFunctionsJson(options),
            ServerlessJobRun jobRun => jobRun.ToStepFunctionsJson(options),
            var other => throw new System.InvalidOperationException($"{member} is a {other?.GetType().Name}"),
        };
        var json = runtime.Constant($"Acme.Flows.Pipelines+{member}Artifacts", ArtifactKinds.StepFunctions.ConstantName);
        Assert.Equal(expected, json);
        Assert.NotEqual(expected.Replace("\r", string.Empty), Default(runtime, member));
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-asl-").FullName, member + ArtifactKinds.StepFunctions.FileSuffix);
        File.WriteAllText(path, json);
        Assert.Null(AslValidator.Findings(new[] { path }));
    }

    [Fact]
    public void Options_that_cannot_be_used_are_EMRG015_at_the_argument_only_where_a_state_machine_is_asked_for()
    {
        var outcome = GeneratorHarness.Run(Conventions, Definitions);

        var warnings = outcome.AllDiagnostics.Where(d => d.Id == "EMRG015").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Equal(new[] { "StateMachineOptions = nameof(Slow)", "StateMachineOptions = \"Missing\"", "StateMachineOptions = nameof(NotOptions)" }, warnings.Select(w => outcome.TextAt(w.Location)));
        Assert.Contains("'Pipelines.SlowRetries': StepFunctionsOptions.RetryBackoffRate 0.5 is below 1.0", warnings[0].GetMessage());
        Assert.Contains("'Pipelines' has no member named 'Missing'", warnings[1].GetMessage());
        Assert.Contains("'Pipelines.NotOptions' is not one", warnings[2].GetMessage());
        Assert.All(warnings, w => Assert.EndsWith("or remove StateMachineOptions from its [EmrCluster] attribute to write the default state machine", w.GetMessage()));
        Assert.DoesNotContain(outcome.AllDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        foreach (var member in new[] { "SlowRetries", "Misnamed", "WrongType", "NotAsked" })
        {
            var artifacts = runtime.Artifacts($"Acme.Flows.Pipelines+{member}Artifacts");
            Assert.DoesNotContain(ArtifactKinds.StepFunctions.ConstantName, artifacts.Keys);
            Assert.Contains(ArtifactKinds.RunJobFlow.ConstantName, artifacts.Keys);
        }
    }

    [Fact]
    public void An_edit_to_a_helper_the_options_call_rewrites_the_state_machine()
    {
        var compilation = GeneratorHarness.Compile(Conventions, Definitions);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);

        var result = driver.RunGenerators(Replace(compilation, 0, Conventions.Replace("\"Start cluster\"", "\"Launch cluster\""))).GetRunResult().Results.Single();

        var etl = result.GeneratedSources.Single(s => s.HintName.StartsWith("Acme.Flows.Pipelines.Etl.", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("Launch cluster", etl);
        Assert.DoesNotContain("Start cluster", etl);
    }

    private static string Default(RuntimeLoader runtime, string member) => runtime.Get("Acme.Flows.Pipelines", member) switch
    {
        Cluster cluster => cluster.ToStepFunctionsJson(),
        JobFlowSteps steps => steps.ToStepFunctionsJson(),
        ServerlessJobRun jobRun => jobRun.ToStepFunctionsJson(),
        _ => string.Empty,
    };
}
