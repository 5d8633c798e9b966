using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Serverless;
using EmrDsl.Testing;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// <c>StepFunctions = true</c> on [EmrCluster], [EmrSteps] and [EmrServerless] writes the state machine the runtime writes; a
/// refused one is EMRG012 at its call, one the definition cannot have is EMRG015 at the argument.
/// </summary>
public sealed class StepFunctionsDefinitionTests
{
    private const string Source = """
        using EmrDsl;
        using EmrDsl.Serverless;

        namespace Acme.Flows;

        public static partial class Clusters
        {
            private static Cluster Base => Cluster.Create("base")
                .Release(EmrRelease.Emr_7_2_0)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                .Subnet("subnet-0123456789abcdef0")
                .Master(InstanceTypes.M5.XLarge)
                .Step(Step.Hive("load", "s3://acme-jobs/load.q"));

            [EmrCluster(StepFunctions = true)]
            public static Cluster Nightly => Base.Named("nightly");

            [EmrCluster(StepFunctions = true)]
            public static Cluster Protected => Base.Named("protected")
                .TerminationProtected();

            [EmrCluster]
            public static Cluster NotAsked => Base.Named("not-asked");

            [EmrCluster(StepFunctions = true)]
            public static Cluster KeptAlive => Base.Named("kept-alive")
                .KeepAlive();
        }

        public static partial class Runs
        {
            [EmrSteps(StepFunctions = true)]
            public static JobFlowSteps Backfill => JobFlowSteps.For("{{ ti.xcom_pull(task_ids='find_cluster') }}")
                .Step(Step.Hive("load", "s3://acme-jobs/load.q"))
                .Step(Step.SparkSubmit("sessions", "s3://acme-jobs/sessions.py").Args("--day", "{{ ds }}"));

            [EmrServerless(StepFunctions = true)]
            public static ServerlessJobRun Report => ServerlessJobRun.Create("00fabcdefgh12345", "arn:aws:iam::123456789012:role/EMRServerlessJobRole")
                .Named("report")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/report.py").Conf("spark.sql.shuffle.partitions", "400"))
                .ExecutionTimeout(System.TimeSpan.FromHours(2));

            [EmrServerless(StepFunctions = true)]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting")
                .Release(EmrRelease.Emr_7_0_0)
                .Type(ServerlessEngine.Spark);
        }
        """;

    [Fact]
    public void An_opted_in_cluster_gets_the_runtime_state_machine_and_it_passes_asl_validator()
    {
        var outcome = GeneratorHarness.Run(Source);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var cluster = (Cluster)runtime.Get("Acme.Flows.Clusters", "Nightly")!;
        var json = runtime.Constant("Acme.Flows.Clusters+NightlyArtifacts", ArtifactKinds.StepFunctions.ConstantName);
        Assert.Equal(cluster.ToStepFunctionsJson(), json);
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-asl-").FullName, "nightly" + ArtifactKinds.StepFunctions.FileSuffix);
        File.WriteAllText(path, json);
        Assert.Null(AslValidator.Findings(new[] { path }));
        Assert.DoesNotContain(ArtifactKinds.StepFunctions.ConstantName, runtime.Artifacts("Acme.Flows.Clusters+NotAskedArtifacts").Keys);
    }

    [Theory]
    [InlineData("Acme.Flows.Runs", "Backfill")]
    [InlineData("Acme.Flows.Runs", "Report")]
    public void Opted_in_steps_and_job_runs_get_the_runtime_state_machine_and_it_passes_asl_validator(string type, string member)
    {
        var outcome = GeneratorHarness.Run(Source);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var expected = runtime.Get(type, member) switch
        {
            JobFlowSteps steps => steps.ToStepFunctionsJson(),
            ServerlessJobRun jobRun => jobRun.ToStepFunctionsJson(),
            var other => throw new System.InvalidOperationException($"{member} is a {other?.GetType().Name}"),
        };
        var json = runtime.Constant($"{type}+{member}Artifacts", ArtifactKinds.StepFunctions.ConstantName);
        Assert.Equal(expected, json);
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-asl-").FullName, member + ArtifactKinds.StepFunctions.FileSuffix);
        File.WriteAllText(path, json);
        Assert.Null(AslValidator.Findings(new[] { path }));
    }

    [Fact]
    public void A_definition_that_cannot_be_a_state_machine_is_EMRG015_at_the_argument_and_its_other_artifacts_are_written()
    {
        var outcome = GeneratorHarness.Run(Source);

        var warnings = outcome.AllDiagnostics.Where(d => d.Id == "EMRG015").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.Equal("StepFunctions = true", outcome.TextAt(w.Location)));
        Assert.Contains("'Clusters.KeptAlive': The cluster 'kept-alive' is kept alive (KeepAlive())", warnings[0].GetMessage());
        Assert.EndsWith("or remove StepFunctions = true from its [EmrCluster] attribute", warnings[0].GetMessage());
        Assert.Equal(
            "No Step Functions state machine is written for 'Runs.Reporting': ServerlessApplication definitions have none (only Cluster, JobFlowSteps, ServerlessJobRun definitions do); remove StepFunctions = true from its [EmrServerless] attribute",
            warnings[1].GetMessage());
        Assert.DoesNotContain(outcome.AllDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        foreach (var (type, artifact) in new[] { ("Acme.Flows.Clusters+KeptAliveArtifacts", ArtifactKinds.RunJobFlow), ("Acme.Flows.Runs+ReportingArtifacts", ArtifactKinds.CreateApplication) })
        {
            var artifacts = runtime.Artifacts(type);
            Assert.DoesNotContain(ArtifactKinds.StepFunctions.ConstantName, artifacts.Keys);
            Assert.Contains(artifact.ConstantName, artifacts.Keys);
        }
    }

    [Fact]
    public void A_state_machine_Step_Functions_could_not_run_is_EMRG012_at_the_call_and_the_other_artifacts_are_written()
    {
        var outcome = GeneratorHarness.Run(Source);

        var warning = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG012");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("EMR030", warning.GetMessage());
        Assert.StartsWith("TerminationProtected()", Source.Substring(warning.Location.SourceSpan.Start + 1));

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var artifacts = runtime.Artifacts("Acme.Flows.Clusters+ProtectedArtifacts");
        Assert.DoesNotContain(ArtifactKinds.StepFunctions.ConstantName, artifacts.Keys);
        Assert.Contains(ArtifactKinds.RunJobFlow.ConstantName, artifacts.Keys);
    }

    [Fact]
    public void Every_state_machine_the_sample_repository_writes_passes_asl_validator()
    {
        var files = SampleArtifacts.Files(ArtifactKinds.StepFunctions);

        // A cluster (NightlyEtlStateMachine), steps (ExplorationBackfillStateMachine) and a job run (WeeklyReportStateMachine).
        Assert.Subset(
            new[] { "Pipelines.NightlyEtlStateMachine.Cluster.asl.json", "StateMachines.ExplorationBackfillStateMachine.Sessions.asl.json", "StateMachines.WeeklyReportStateMachine.Run.asl.json" }
                .Select(name => "Acme.DataPlatform." + name).ToHashSet(),
            files.Select(f => Path.GetFileName(f)).ToHashSet());
        Assert.Null(AslValidator.Findings(files));
    }
}
