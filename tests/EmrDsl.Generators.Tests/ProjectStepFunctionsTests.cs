extern alias generator;

using System.Linq;
using EmrDsl.Artifacts;
using Microsoft.CodeAnalysis;
using EvaluationCache = generator::EmrDsl.Generators.Evaluation.EvaluationCache;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// The project's &lt;EmrDslStepFunctions&gt; property (build_property.EmrDslStepFunctions) asks every definition that can be
/// a state machine for one; a definition's StepFunctions = true or false wins either way.
/// </summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class ProjectStepFunctionsTests
{
    private const string Definitions = """
        using EmrDsl;
        using EmrDsl.Serverless;

        public static partial class Defs
        {
            private static Cluster Base => Cluster.Create("base")
                .Release(EmrRelease.Emr_7_2_0)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                .Master(InstanceTypes.M5.XLarge)
                .Step(Step.Hive("load", "s3://acme-jobs/load.q"));

            [EmrCluster] public static Cluster Unset => Base.Named("unset");
            [EmrCluster(StepFunctions = true)] public static Cluster On => Base.Named("on");
            [EmrCluster(StepFunctions = false)] public static Cluster Off => Base.Named("off");
            [EmrSteps] public static JobFlowSteps Steps => JobFlowSteps.For("$.ClusterId").Step(Step.Hive("load", "s3://acme-jobs/load.q"));
            [EmrServerless] public static ServerlessJobRun Run => ServerlessJobRun.Create("00fabcdefgh12345", "arn:aws:iam::123456789012:role/R").Named("run").SparkSubmit(SparkJob.For("s3://acme-jobs/run.py"));
            [EmrServerless] public static ServerlessApplication App => ServerlessApplication.Create("app").Release(EmrRelease.Emr_7_0_0).Type(ServerlessEngine.Spark);
        }
        """;

    private const string KeptAlive = """
        using EmrDsl;
        public static partial class Kept
        {
            [EmrCluster] public static Cluster Shared => Cluster.Create("shared").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge).KeepAlive();
        }
        """;

    private const string Unrelated = "public static class Util { public static int Answer => 42; }";

    [Theory]
    [InlineData(null, "On")]
    [InlineData("false", "On")]
    [InlineData("False", "On")]
    [InlineData("true", "On,Unset,Steps,Run")]
    [InlineData(" TRUE ", "On,Unset,Steps,Run")]
    public void The_project_property_asks_every_definition_that_can_be_one_and_the_attribute_wins(string? property, string expected)
    {
        var project = property is null ? new ProjectProperties() : new ProjectProperties(("EmrDslStepFunctions", property));
        var outcome = GeneratorHarness.Run(project, Definitions);

        Assert.DoesNotContain(outcome.AllDiagnostics, d => d.Id is "EMRG012" or "EMRG015" || d.Severity == DiagnosticSeverity.Error);
        using var runtime = RuntimeLoader.Load(outcome.Output);
        var withStateMachine = new[] { "Unset", "On", "Off", "Steps", "Run", "App" }
            .Where(member => runtime.Artifacts($"Defs+{member}Artifacts").ContainsKey(ArtifactKinds.StepFunctions.ConstantName));
        Assert.Equal(expected.Split(',').OrderBy(m => m), withStateMachine.OrderBy(m => m));
    }

    [Fact]
    public void A_kept_alive_cluster_the_project_asks_is_EMRG015_at_its_name_with_the_opt_out()
    {
        var outcome = GeneratorHarness.Run(new ProjectProperties(("EmrDslStepFunctions", "true")), KeptAlive);

        var warning = outcome.Single("EMRG015");
        Assert.Equal("Shared", outcome.TextAt(warning.Location));
        Assert.EndsWith("or set StepFunctions = false on its [EmrCluster] attribute to write none", warning.GetMessage());
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(GeneratorHarness.Run(new ProjectProperties(("EmrDslStepFunctions", "true")), KeptAlive.Replace("[EmrCluster]", "[EmrCluster(StepFunctions = false)]")).Diagnostics);
    }

    [Fact]
    public void A_project_property_that_is_not_a_boolean_is_EMRG015_once_and_asks_for_nothing()
    {
        var outcome = GeneratorHarness.Run(new ProjectProperties(("EmrDslStepFunctions", "yes")), Definitions);

        var warning = outcome.Single("EMRG015");
        Assert.Equal(Location.None, warning.Location);
        Assert.Equal("No Step Functions state machine is written for the project property EmrDslStepFunctions: its value 'yes' is not true or false; set <EmrDslStepFunctions>true</EmrDslStepFunctions> or false in the project file", warning.GetMessage());
        using var runtime = RuntimeLoader.Load(outcome.Output);
        Assert.DoesNotContain(ArtifactKinds.StepFunctions.ConstantName, runtime.Artifacts("Defs+UnsetArtifacts").Keys);
    }

    [Fact]
    public void An_unrelated_edit_keeps_every_step_cached_and_a_changed_property_writes_again_without_evaluating()
    {
        var compilation = GeneratorHarness.Compile(Definitions, Unrelated);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions(), new ProjectProperties(("EmrDslStepFunctions", "false"))).RunGenerators(compilation);

        var edited = Replace(compilation, 1, Unrelated.Replace("42", "43"));
        var (afterEdit, evaluations, _) = Rerun(driver, edited);
        Assert.Equal(0, evaluations);
        var steps = afterEdit.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.ProjectChoices, TrackingNames.Definitions, TrackingNames.ChosenArtifacts, TrackingNames.EmittedArtifacts })
        {
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        var before = EvaluationCache.Evaluations;
        var switched = afterEdit.WithUpdatedAnalyzerConfigOptions(new ProjectProperties(("EmrDslStepFunctions", "true"))).RunGenerators(edited);
        Assert.Equal(before, EvaluationCache.Evaluations);
        var result = switched.GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.ProjectChoices].SelectMany(s => s.Outputs)).Reason);
        // Every definition is parsed again from its cached evaluation; Unset, Steps and Run gain a state machine, On and Off
        // had their choice already and App has none, so theirs are unchanged and not emitted again.
        foreach (var name in new[] { TrackingNames.Definitions, TrackingNames.EmittedArtifacts })
        {
            var outputs = result.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(3, outputs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(3, outputs.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        Assert.Contains(result.GeneratedSources, s => s.HintName.StartsWith("Defs.Unset.", System.StringComparison.Ordinal) && s.SourceText.ToString().Contains(ArtifactKinds.StepFunctions.ConstantName));
    }
}
