using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Serverless;
using EmrDsl.Testing;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// [EmrCluster(CloudFormation = true)] and [EmrServerless(CloudFormation = true)] write the template the runtime writes,
/// byte for byte; a template CloudFormation cannot express is EMRG013 at the call that set the member.
/// </summary>
public sealed class CloudFormationDefinitionTests
{
    private const string Source = """
        using EmrDsl;
        using EmrDsl.Serverless;

        namespace Acme.Stacks;

        public static partial class Clusters
        {
            private static Cluster Base => Cluster.Create("base")
                .Release(EmrRelease.Emr_7_2_0)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                .Subnet("subnet-0123456789abcdef0")
                .Master(InstanceTypes.M5.XLarge)
                .Core(InstanceTypes.M5.XLarge, 2)
                .Step(Step.Hive("load", "s3://acme-jobs/load.q"));

            [EmrCluster(CloudFormation = true)]
            public static Cluster Nightly => Base.Named("nightly")
                .Kerberos("EC2.INTERNAL", Secret.SecretsManager("emr/kdc", "password"));

            [EmrCluster(CloudFormation = true)]
            public static Cluster RuntimeRole => Base.Named("runtime-role")
                .StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole");

            [EmrCluster]
            public static Cluster NotAsked => Base.Named("not-asked");

            [EmrServerless(CloudFormation = true)]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting")
                .Release(EmrRelease.Emr_7_0_0)
                .Type(ServerlessEngine.Spark)
                .MaximumCapacity(cpu: Cpu.VCpus(16), memory: Memory.Gigabytes(64));
        }
        """;

    [Fact]
    public void An_opted_in_definition_gets_the_runtime_template_and_it_passes_the_resource_schemas()
    {
        var outcome = GeneratorHarness.Run(Source);
        Assert.Empty(outcome.OutputErrors());
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var nightly = (Cluster)runtime.Get("Acme.Stacks.Clusters", "Nightly")!;
        var cluster = runtime.Constant("Acme.Stacks.Clusters+NightlyArtifacts", ArtifactKinds.CloudFormation.ConstantName);
        Assert.Equal(nightly.ToCloudFormationJson(), cluster);
        var reporting = (ServerlessApplication)runtime.Get("Acme.Stacks.Clusters", "Reporting")!;
        var application = runtime.Constant("Acme.Stacks.Clusters+ReportingArtifacts", ArtifactKinds.CloudFormation.ConstantName);
        Assert.Equal(reporting.ToCloudFormationJson(), application);
        Assert.DoesNotContain(ArtifactKinds.CloudFormation.ConstantName, runtime.Artifacts("Acme.Stacks.Clusters+NotAskedArtifacts").Keys);

        var directory = Directory.CreateTempSubdirectory("emrdsl-cfn-").FullName;
        Assert.Null(CloudFormationValidator.Findings(new[] { SampleArtifacts.Write(Path.Combine(directory, "nightly.cfn.json"), cluster), SampleArtifacts.Write(Path.Combine(directory, "reporting.cfn.json"), application) }));
    }

    [Fact]
    public void A_template_CloudFormation_cannot_express_is_EMRG013_at_the_call_and_the_other_artifacts_are_written()
    {
        var outcome = GeneratorHarness.Run(Source);

        var warning = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG013");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith("No CloudFormation template is written for ", warning.GetMessage());
        Assert.Contains(": StepExecutionRoleArn: AWS::EMR::Cluster has no step execution role property", warning.GetMessage());
        Assert.StartsWith("StepExecutionRole(", Source.Substring(warning.Location.SourceSpan.Start + 1));

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var artifacts = runtime.Artifacts("Acme.Stacks.Clusters+RuntimeRoleArtifacts");
        Assert.DoesNotContain(ArtifactKinds.CloudFormation.ConstantName, artifacts.Keys);
        Assert.Contains(ArtifactKinds.RunJobFlow.ConstantName, artifacts.Keys);
    }

    [Fact]
    public void Every_template_the_sample_repository_writes_passes_the_resource_schemas()
    {
        var files = SampleArtifacts.Files(ArtifactKinds.CloudFormation);

        Assert.NotEmpty(files);
        Assert.Null(CloudFormationValidator.Findings(files));
    }
}
