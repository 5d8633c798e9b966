extern alias generator;

using System.Linq;
using EmrDsl.Artifacts;
using EvaluatedDefinition = generator::EmrDsl.Generators.Specs.Definition;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

namespace EmrDsl.Generators.Tests;

/// <summary>[EmrSteps] definitions (steps for a running cluster) go through the same pipeline as clusters: same request at build and run time, same checks.</summary>
public sealed class StepsDefinitionTests
{
    private const string Backfills = "Acme.Data.Backfills";

    [Fact]
    public void The_AddJobFlowSteps_constant_equals_the_runtime_output_of_the_same_definition()
    {
        var outcome = GeneratorHarness.Run(Sources.Steps);
        Assert.Empty(outcome.OutputErrors());
        Assert.Empty(outcome.Diagnostics);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        foreach (var (member, fileName) in new[] { ("Daily", "daily"), ("AsAnalyst", "backfill-as-analyst") })
        {
            var steps = (JobFlowSteps)runtime.Get(Backfills, member)!;
            Assert.Equal(steps.ToAddJobFlowStepsJson(), runtime.Constant($"{Backfills}+{member}Artifacts", ArtifactKinds.AddJobFlowSteps.ConstantName));
            Assert.Equal(fileName, runtime.Constant($"{Backfills}+{member}Artifacts", ArtifactKinds.FileNameConstant));
        }

        Assert.Contains("\"ExecutionRoleArn\": \"arn:aws:iam::123456789012:role/AnalystStepRole\"", (string)runtime.Constant(Backfills + "+AsAnalystArtifacts", ArtifactKinds.AddJobFlowSteps.ConstantName)!);
    }

    [Fact]
    public void A_steps_definition_gets_only_its_file_name_and_request()
    {
        var outcome = GeneratorHarness.Run(Sources.Steps);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        Assert.Equal(
            new[] { ArtifactKinds.FileNameConstant, ArtifactKinds.AddJobFlowSteps.ConstantName },
            runtime.Artifacts(Backfills + "+DailyArtifacts").Keys);
        Assert.Contains("[EmrSteps] definition 'Daily'", outcome.GeneratedSource("Acme.Data.Backfills.Daily."));
    }

    [Fact]
    public void Source_map_paths_lead_to_the_step_calls()
    {
        var outcome = GeneratorHarness.Run(Sources.Steps);
        var daily = outcome.StepOutputs<EvaluatedDefinition>(TrackingNames.Definitions).Single(d => d.Name == "Backfills.Daily").SourceMap!;

        Assert.StartsWith(".Step(Sessions)", outcome.TextAt(daily.Resolve("Steps[0].HadoopJarStep.Args[3]").ToLocation()));
        Assert.StartsWith(".Step(Step.Hive(\"load-sessions\"", outcome.TextAt(daily.Resolve("Steps[1].ActionOnFailure").ToLocation()));
        Assert.StartsWith("JobFlowSteps.For(", outcome.TextAt(daily.Resolve("JobFlowId").ToLocation()));
    }

    [Fact]
    public void Steps_without_any_step_are_reported_and_emit_nothing()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; public static partial class Defs { [EmrSteps] public static JobFlowSteps None => JobFlowSteps.For(\"j-2AXXXXXXGAPLF\"); }");

        Assert.Contains("AddJobFlowSteps requires at least one", outcome.Single("EMRG002").GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Theory]
    [InlineData("[EmrSteps] public static Cluster C => Cluster.Create(\"c\");", "returns 'EmrDsl.Cluster', not EmrDsl.JobFlowSteps")]
    [InlineData("[EmrCluster] public static JobFlowSteps S => JobFlowSteps.For(\"j-1\").Step(Step.Hive(\"h\", \"s3://acme-jobs/q.q\"));", "not EmrDsl.Cluster; [EmrCluster] goes on")]
    public void Steps_marked_as_the_wrong_kind_are_reported(string member, string expected)
    {
        var outcome = GeneratorHarness.Run($"using EmrDsl; public partial class Defs {{ {member} }}");

        Assert.Contains(expected, outcome.Single("EMRG006").GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void A_steps_file_name_must_not_repeat_a_cluster_file_name()
    {
        var outcome = GeneratorHarness.Run(
            "using EmrDsl; public static partial class Clusters { [EmrCluster] public static Cluster Etl => Cluster.Create(\"etl\").Step(Step.Hive(\"h\", \"s3://acme-jobs/q.q\")); }",
            "using EmrDsl; public static partial class Steps { [EmrSteps(FileName = \"etl\")] public static JobFlowSteps More => JobFlowSteps.For(\"j-1\").Step(Step.Hive(\"h\", \"s3://acme-jobs/q.q\")); }");

        Assert.Contains("file name 'etl'", outcome.Single("EMRG005").GetMessage());
    }
}
