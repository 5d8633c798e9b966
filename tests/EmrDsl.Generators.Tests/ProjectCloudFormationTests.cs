using System.Linq;
using EmrDsl.Artifacts;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// The project's &lt;EmrDslCloudFormation&gt; property asks every cluster and Serverless application for a template, as
/// &lt;EmrDslStepFunctions&gt; does for state machines (one row of the optional-artifact table); the attribute wins either way.
/// </summary>
public sealed class ProjectCloudFormationTests
{
    private const string Definitions = """
        using EmrDsl;
        using EmrDsl.Serverless;

        public static partial class Defs
        {
            private static Cluster Base => Cluster.Create("base")
                .Release(EmrRelease.Emr_7_2_0)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                .Master(InstanceTypes.M5.XLarge);

            [EmrCluster] public static Cluster Unset => Base.Named("unset");
            [EmrCluster(CloudFormation = true)] public static Cluster On => Base.Named("on");
            [EmrCluster(CloudFormation = false)] public static Cluster Off => Base.Named("off");
            [EmrServerless] public static ServerlessApplication App => ServerlessApplication.Create("app").Release(EmrRelease.Emr_7_0_0).Type(ServerlessEngine.Spark);
            [EmrServerless] public static ServerlessJobRun Run => ServerlessJobRun.Create("00fabcdefgh12345", "arn:aws:iam::123456789012:role/R").Named("run").SparkSubmit(SparkJob.For("s3://acme-jobs/run.py"));
        }
        """;

    [Theory]
    [InlineData(null, "On")]
    [InlineData("false", "On")]
    [InlineData("true", "App,On,Unset")]
    public void The_project_property_asks_every_cluster_and_application_and_the_attribute_wins(string? property, string expected)
    {
        var project = property is null ? new ProjectProperties() : new ProjectProperties(("EmrDslCloudFormation", property));
        var outcome = GeneratorHarness.Run(project, Definitions);

        Assert.DoesNotContain(outcome.AllDiagnostics, d => d.Id is "EMRG013" or "EMRG015" || d.Severity == DiagnosticSeverity.Error);
        using var runtime = RuntimeLoader.Load(outcome.Output);
        var withTemplate = new[] { "Unset", "On", "Off", "App", "Run" }
            .Where(member => runtime.Artifacts($"Defs+{member}Artifacts").ContainsKey(ArtifactKinds.CloudFormation.ConstantName));
        Assert.Equal(expected.Split(',').OrderBy(m => m), withTemplate.OrderBy(m => m));
    }

    [Fact]
    public void A_job_run_that_asks_for_a_template_is_EMRG015_at_its_argument()
    {
        var outcome = GeneratorHarness.Run(new ProjectProperties(), Definitions.Replace("[EmrServerless] public static ServerlessJobRun", "[EmrServerless(CloudFormation = true)] public static ServerlessJobRun"));

        var warning = outcome.Single("EMRG015");
        Assert.Equal("CloudFormation = true", outcome.TextAt(warning.Location));
        Assert.Contains("CloudFormation template", warning.GetMessage());
    }
}
