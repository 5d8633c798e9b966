using System.Linq;
using System.Reflection;
using EmrDsl.Artifacts;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>Every payload kind the runtime writes is emitted at build time, byte for byte, under its shared constant name.</summary>
public sealed class ArtifactKindTests
{
    private const string Fluent = "Acme.Data.Fluent";

    [Fact]
    public void Every_artifact_equals_the_runtime_output_of_the_same_definition()
    {
        var outcome = GeneratorHarness.Run(Sources.FluentPipelines);
        Assert.Empty(outcome.OutputErrors());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var nightly = (Cluster)runtime.Get(Fluent, "Nightly")!;
        Assert.Equal(nightly.ToRunJobFlowJson(), runtime.Constant(Fluent + "+NightlyArtifacts", ArtifactKinds.RunJobFlow.ConstantName));
        Assert.Equal(
            nightly.ToAddJobFlowStepsJson("{{ ti.xcom_pull(task_ids='create_cluster') }}"),
            runtime.Constant(Fluent + "+NightlyArtifacts", ArtifactKinds.AddJobFlowSteps.ConstantName));
        Assert.Equal(nightly.ToTerraformJson(), runtime.Constant(Fluent + "+NightlyArtifacts", ArtifactKinds.Terraform.ConstantName));

        var regulated = (Cluster)runtime.Get(Fluent, "Regulated")!;
        Assert.Equal(regulated.ToSecurityConfigurationJson(), runtime.Constant(Fluent + "+RegulatedArtifacts", ArtifactKinds.SecurityConfiguration.ConstantName));
        Assert.Equal(regulated.ToTerraformJson(), runtime.Constant(Fluent + "+RegulatedArtifacts", ArtifactKinds.Terraform.ConstantName));
    }

    [Fact]
    public void Payloads_that_do_not_apply_are_left_out()
    {
        var outcome = GeneratorHarness.Run(Sources.FluentPipelines);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var nightly = runtime.Artifacts(Fluent + "+NightlyArtifacts");
        var regulated = runtime.Artifacts(Fluent + "+RegulatedArtifacts");
        Assert.DoesNotContain(ArtifactKinds.SecurityConfiguration.ConstantName, nightly.Keys);
        Assert.DoesNotContain(ArtifactKinds.AddJobFlowSteps.ConstantName, regulated.Keys);
    }

    [Fact]
    public void Payloads_are_a_private_constant_marked_for_the_build_task_and_the_cli()
    {
        var outcome = GeneratorHarness.Run(Sources.FluentPipelines);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var field = runtime.Assembly.GetType(Fluent)!.GetField("NightlyArtifacts", BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.True(field.IsLiteral && field.IsPrivate);
        Assert.True(field.IsDefined(typeof(EmrArtifactsAttribute), inherit: false));
        Assert.Null(runtime.Assembly.GetType(Fluent + "+NightlyArtifacts"));
    }

    [Fact]
    public void A_cluster_Terraform_cannot_express_gets_a_warning_at_the_call_and_keeps_its_other_artifacts()
    {
        var outcome = GeneratorHarness.Run(Sources.FluentPipelines);

        var warning = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG009");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("Instances.Placement", warning.GetMessage());
        Assert.Equal("AvailabilityZone(\"us-east-1a\")", Sources.FluentPipelines.Substring(warning.Location.SourceSpan.Start, warning.Location.SourceSpan.Length).Split('.').Last());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var zonal = runtime.Artifacts(Fluent + "+InAvailabilityZoneArtifacts");
        Assert.Contains(ArtifactKinds.RunJobFlow.ConstantName, zonal.Keys);
        Assert.DoesNotContain(ArtifactKinds.Terraform.ConstantName, zonal.Keys);
    }
}
