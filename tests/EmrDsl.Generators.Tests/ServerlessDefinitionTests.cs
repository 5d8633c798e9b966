extern alias generator;

using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;
using EvaluatedDefinition = generator::EmrDsl.Generators.Specs.Definition;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

namespace EmrDsl.Generators.Tests;

/// <summary>[EmrServerless] definitions go through the same pipeline as clusters: same artifacts at build and run time, same checks.</summary>
public sealed class ServerlessDefinitionTests
{
    private const string Analytics = "Acme.Data.Analytics";

    [Fact]
    public void Every_Serverless_artifact_equals_the_runtime_output_of_the_same_definition()
    {
        var outcome = GeneratorHarness.Run(Sources.Serverless);
        Assert.Empty(outcome.OutputErrors());
        Assert.Empty(outcome.Diagnostics);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var reporting = (ServerlessApplication)runtime.Get(Analytics, "Reporting")!;
        Assert.Equal(reporting.ToCreateApplicationJson(), runtime.Constant(Analytics + "+ReportingArtifacts", ArtifactKinds.CreateApplication.ConstantName));
        Assert.Equal(reporting.ToTerraformJson(), runtime.Constant(Analytics + "+ReportingArtifacts", ArtifactKinds.Terraform.ConstantName));
        Assert.Equal("reporting", runtime.Constant(Analytics + "+ReportingArtifacts", ArtifactKinds.FileNameConstant));
        Assert.Equal("reporting", runtime.Constant(Analytics + "+ReportingArtifacts", "ApplicationName"));

        var nightly = (ServerlessJobRun)runtime.Get(Analytics, "Nightly")!;
        Assert.Equal(nightly.ToStartJobRunJson(), runtime.Constant(Analytics + "+NightlyArtifacts", ArtifactKinds.StartJobRun.ConstantName));
        Assert.Equal("nightly-report", runtime.Constant(Analytics + "+NightlyArtifacts", ArtifactKinds.FileNameConstant));
    }

    [Fact]
    public void Each_definition_gets_only_the_payloads_of_its_kind()
    {
        var outcome = GeneratorHarness.Run(Sources.Serverless);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var application = runtime.Artifacts(Analytics + "+ReportingArtifacts");
        var jobRun = runtime.Artifacts(Analytics + "+NightlyArtifacts");
        Assert.Equal(
            new[] { "ApplicationName", ArtifactKinds.FileNameConstant, ArtifactKinds.CreateApplication.ConstantName, ArtifactKinds.Terraform.ConstantName },
            application.Keys);
        Assert.Equal(
            new[] { "JobRunName", ArtifactKinds.FileNameConstant, ArtifactKinds.StartJobRun.ConstantName },
            jobRun.Keys);
        Assert.Contains("[EmrServerless] definition 'Nightly'", outcome.GeneratedSource("Acme.Data.Analytics.Nightly."));
    }

    [Fact]
    public void An_application_Terraform_cannot_express_gets_a_warning_at_the_call_and_keeps_its_CreateApplication_payload()
    {
        var outcome = GeneratorHarness.Run(Sources.Serverless);

        var warning = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG009");
        Assert.Contains("diskEncryptionConfiguration", warning.GetMessage());
        Assert.Contains("deploy it with the CreateApplication JSON", warning.GetMessage());
        Assert.StartsWith(".DiskEncryption(", outcome.TextAt(warning.Location));

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var encrypted = runtime.Artifacts(Analytics + "+EncryptedArtifacts");
        Assert.Contains(ArtifactKinds.CreateApplication.ConstantName, encrypted.Keys);
        Assert.DoesNotContain(ArtifactKinds.Terraform.ConstantName, encrypted.Keys);
    }

    [Fact]
    public void Source_map_paths_are_in_the_Serverless_wire_names()
    {
        var outcome = GeneratorHarness.Run(Sources.Serverless);
        var reporting = outcome.StepOutputs<EvaluatedDefinition>(TrackingNames.Definitions).Single(d => d.Name == "Analytics.Reporting").SourceMap!;

        Assert.StartsWith(".InitialCapacity(WorkerKind.Driver", outcome.TextAt(reporting.Resolve("initialCapacity.Driver.workerConfiguration.cpu").ToLocation()));
        Assert.StartsWith(".InitialCapacity(WorkerKind.Executor", outcome.TextAt(reporting.Resolve("initialCapacity.Executor.workerCount").ToLocation()));
        Assert.StartsWith(".MaximumCapacity(", outcome.TextAt(reporting.Resolve("maximumCapacity.memory").ToLocation()));
        Assert.StartsWith(".AutoStop(", outcome.TextAt(reporting.Resolve("autoStopConfiguration.idleTimeoutMinutes").ToLocation()));
    }

    [Theory]
    [InlineData("[EmrServerless] public static Cluster C => Cluster.Create(\"c\");", "EMRG006", "returns 'EmrDsl.Cluster', not EmrDsl.Serverless.ServerlessApplication or EmrDsl.Serverless.ServerlessJobRun")]
    [InlineData("[EmrCluster] public static ServerlessApplication C => ServerlessApplication.Create(\"c\");", "EMRG006", "not EmrDsl.Cluster; [EmrCluster] goes on")]
    [InlineData("[EmrServerless(FileName = \"out/app\")] public static ServerlessApplication C => ServerlessApplication.Create(\"c\");", "EMRG007", "[EmrServerless(FileName = \"out/app\")]")]
    [InlineData("[EmrServerless] public ServerlessApplication C => ServerlessApplication.Create(\"c\");", "EMRG006", "is not static; [EmrServerless] goes on")]
    public void Misplaced_or_misnamed_Serverless_definitions_are_reported(string member, string id, string expected)
    {
        var outcome = GeneratorHarness.Run($"using EmrDsl; using EmrDsl.Serverless; public partial class Defs {{ {member} }}");

        Assert.Contains(expected, outcome.Single(id).GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void A_Serverless_definition_in_a_type_that_is_not_partial_is_reported()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; using EmrDsl.Serverless; public static class Defs { [EmrServerless] public static ServerlessJobRun R => ServerlessJobRun.Create(\"app\", \"arn:aws:iam::123456789012:role/r\"); }");

        Assert.Contains("holds the [EmrServerless] definition 'R'", outcome.Single("EMRG004").GetMessage());
    }

    [Fact]
    public void File_names_must_be_unique_across_clusters_and_Serverless_definitions()
    {
        var outcome = GeneratorHarness.Run(
            "using EmrDsl; public static partial class Clusters { [EmrCluster(FileName = \"etl\")] public static Cluster Etl => Cluster.Create(\"etl-cluster\"); }",
            "using EmrDsl; using EmrDsl.Serverless; public static partial class Apps { [EmrServerless(FileName = \"ETL\")] public static ServerlessApplication Etl => ServerlessApplication.Create(\"etl-app\").Release(\"emr-7.0.0\").Type(ServerlessEngine.Spark); }");

        var duplicate = outcome.Single("EMRG005");
        Assert.Contains("file name 'ETL'", duplicate.GetMessage());
        Assert.Equal("Clusters.Etl", duplicate.GetMessage().Split('\'')[^2]);
    }

    [Fact]
    public void Names_clash_only_among_resources_of_one_kind()
    {
        var outcome = GeneratorHarness.Run("""
            using EmrDsl;
            using EmrDsl.Serverless;
            public static partial class Defs
            {
                [EmrCluster(FileName = "c")] public static Cluster Cluster1 => Cluster.Create("shared");
                [EmrServerless(FileName = "a1")] public static ServerlessApplication App1 => ServerlessApplication.Create("shared").Release("emr-7.0.0").Type(ServerlessEngine.Spark);
                [EmrServerless(FileName = "a2")] public static ServerlessApplication App2 => ServerlessApplication.Create("shared").Release("emr-7.0.0").Type(ServerlessEngine.Hive);
            }
            """);

        var duplicate = outcome.Single("EMRG005");
        Assert.StartsWith("'Defs.App2' has the application name 'shared', like 'Defs.App1'", duplicate.GetMessage());
    }

    [Fact]
    public void An_application_the_API_would_reject_fails_at_build_time_like_at_run_time()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; using EmrDsl.Serverless; public static partial class Defs { [EmrServerless] public static ServerlessApplication App => ServerlessApplication.Create(\"app\").Type(ServerlessEngine.Spark); }");

        Assert.Contains("has no release label", outcome.Single("EMRG002").GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }
}
