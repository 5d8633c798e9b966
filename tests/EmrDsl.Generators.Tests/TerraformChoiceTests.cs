using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Emit.Terraform;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>The attribute's Terraform choices reach the build-time artifact exactly as TerraformOptions does at run time.</summary>
public sealed class TerraformChoiceTests
{
    private const string Source = """
        using EmrDsl;
        using EmrDsl.Emit.Terraform;

        namespace Acme.Choices;

        public static partial class Clusters
        {
            private static Cluster Base => Cluster.Create("base")
                .Release(EmrRelease.Emr_7_2_0)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                .Subnet("subnet-0123456789abcdef0")
                .Master(InstanceTypes.M5.XLarge);

            [EmrCluster(TerraformIgnoreChanges = TerraformDrift.Steps, TerraformRequiredProviders = true)]
            public static Cluster StepsElsewhere => Base.Named("steps-elsewhere");

            [EmrCluster(TerraformLeaveOut = TerraformOmissions.RootVolumePerformance | TerraformOmissions.StepExecutionRole)]
            public static Cluster FastRoot => Base.Named("fast-root")
                .EbsRootVolume(64, iops: 4000);

            [EmrCluster]
            public static Cluster FastRootRefused => Base.Named("fast-root-refused")
                .EbsRootVolume(64, iops: 4000);
        }
        """;

    [Fact]
    public void Ignored_changes_and_required_providers_are_written_as_at_run_time()
    {
        var outcome = GeneratorHarness.Run(Source);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var cluster = (Cluster)runtime.Get("Acme.Choices.Clusters", "StepsElsewhere")!;
        var json = runtime.Constant("Acme.Choices.Clusters+StepsElsewhereArtifacts", ArtifactKinds.Terraform.ConstantName);
        Assert.Equal(cluster.ToTerraformJson(new TerraformOptions { IgnoreChanges = TerraformDrift.Steps, RequiredProviders = true }), json);
        Assert.Contains("\"step\"", json);
        Assert.Contains("required_providers", json);
    }

    [Fact]
    public void A_setting_left_out_by_choice_is_EMRG011_at_its_call_and_the_Terraform_is_written()
    {
        var outcome = GeneratorHarness.Run(Source);

        var warning = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG011");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("without EbsRootVolumeIops", warning.GetMessage());
        Assert.StartsWith("EbsRootVolume(64, iops: 4000)", Source.Substring(warning.Location.SourceSpan.Start + 1));
        var refused = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG009");
        Assert.Contains("EbsRootVolumeIops", refused.GetMessage());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var json = runtime.Constant("Acme.Choices.Clusters+FastRootArtifacts", ArtifactKinds.Terraform.ConstantName);
        Assert.Contains("\"//\": \"Left out, because the Terraform AWS provider has no argument for them (the RunJobFlow request keeps them): EbsRootVolumeIops.\"", json);
        Assert.DoesNotContain(ArtifactKinds.Terraform.ConstantName, runtime.Artifacts("Acme.Choices.Clusters+FastRootRefusedArtifacts").Keys);
    }
}
