using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Testing;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>[EmrCluster(StepFunctions = true)] writes the state machine the runtime writes; a refused one is EMRG012 at its call.</summary>
public sealed class StepFunctionsDefinitionTests
{
    private const string Source = """
        using EmrDsl;

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
        Assert.Null(runtime.Assembly.GetType("Acme.Flows.Clusters+NotAskedArtifacts")!.GetField(ArtifactKinds.StepFunctions.ConstantName));
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
        var artifacts = runtime.Assembly.GetType("Acme.Flows.Clusters+ProtectedArtifacts")!;
        Assert.Null(artifacts.GetField(ArtifactKinds.StepFunctions.ConstantName));
        Assert.NotNull(artifacts.GetField(ArtifactKinds.RunJobFlow.ConstantName));
    }

    [Fact]
    public void Every_state_machine_the_sample_repository_writes_passes_asl_validator()
    {
        var files = SampleArtifacts.Files(ArtifactKinds.StepFunctions);

        Assert.NotEmpty(files);
        Assert.Null(AslValidator.Findings(files));
    }
}
