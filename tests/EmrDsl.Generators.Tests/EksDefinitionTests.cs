extern alias generator;

using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Containers;
using EmrDsl.Testing;
using EvaluatedDefinition = generator::EmrDsl.Generators.Specs.Definition;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

namespace EmrDsl.Generators.Tests;

/// <summary>[EmrOnEks] definitions: the same emr-containers StartJobRun at build and run time, valid against the service model.</summary>
public sealed class EksDefinitionTests
{
    private const string Jobs = "Acme.Data.EksJobs";

    private const string Source = """
        using EmrDsl;
        using EmrDsl.Containers;

        namespace Acme.Data;

        public static partial class EksJobs
        {
            private const string Role = "arn:aws:iam::123456789012:role/emr-on-eks-jobs";

            private static EksJobRun Base(string name) => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", Role, "emr-7.2.0-latest")
                .Named(name)
                .Monitoring(s3LogUri: "s3://acme-logs/eks/", persistentAppUI: true)
                .Tag("Team", "data");

            [EmrOnEks]
            public static EksJobRun Sessionization => Base("sessionization")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/sessionization.py")
                    .Args("--date", "2026-04-25")
                    .Executors(count: 6, cores: 4, memory: Memory.Gigabytes(14)))
                .ConfigurationOverrides(Classifications.SparkDefaults(s => s.AdaptiveExecution()))
                .ContainerLogRotation("2GB", 5)
                .Retry(maxAttempts: 2);

            [EmrOnEks(FileName = "daily-report")]
            public static EksJobRun Report => Base("report").SparkSql("s3://acme-jobs/report.sql", "--conf spark.executor.instances=2");

            [EmrOnEks]
            public static EksJobRun Unnamed => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", Role, "emr-6.15.0-20231109")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/backfill.py"))
                .Monitoring(cloudWatchLogGroup: "/emr-on-eks/backfill");
        }
        """;

    [Fact]
    public void Every_EKS_artifact_equals_the_runtime_output_and_passes_the_emr_containers_model()
    {
        var outcome = GeneratorHarness.Run(Source);
        Assert.Empty(outcome.OutputErrors());
        Assert.Empty(outcome.Diagnostics);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        foreach (var (member, fileName) in new[] { ("Sessionization", "sessionization"), ("Report", "daily-report"), ("Unnamed", "unnamed") })
        {
            var jobRun = (EksJobRun)runtime.Get(Jobs, member)!;
            var request = (string)runtime.Constant(Jobs + "+" + member + "Artifacts", ArtifactKinds.EksStartJobRun.ConstantName)!;
            Assert.Equal(jobRun.ToStartJobRunJson(), request);
            Assert.Equal(fileName, runtime.Constant(Jobs + "+" + member + "Artifacts", ArtifactKinds.FileNameConstant));
            PayloadOracle.AssertValid(request, PayloadKind.EksStartJobRun);
        }
    }

    [Fact]
    public void A_job_run_gets_its_name_and_only_the_EKS_request()
    {
        var outcome = GeneratorHarness.Run(Source);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        Assert.Equal(
            new[] { "JobRunName", ArtifactKinds.FileNameConstant, ArtifactKinds.EksStartJobRun.ConstantName },
            runtime.Artifacts(Jobs + "+SessionizationArtifacts").Keys);
        Assert.Equal(
            new[] { ArtifactKinds.FileNameConstant, ArtifactKinds.EksStartJobRun.ConstantName },
            runtime.Artifacts(Jobs + "+UnnamedArtifacts").Keys);
        Assert.Contains("[EmrOnEks] definition 'Sessionization'", outcome.GeneratedSource("Acme.Data.EksJobs.Sessionization."));
    }

    private const string Infrastructure = """
        using EmrDsl;
        using EmrDsl.Containers;

        namespace Acme.Data;

        public static partial class EksInfrastructure
        {
            [EmrOnEks]
            public static EksVirtualCluster Analytics => EksVirtualCluster.Create("analytics", "analytics-prod", "emr-analytics")
                .Tag("team", "data");

            [EmrOnEks(FileName = "nightly-template")]
            public static EksJobTemplate Nightly => EksJobTemplate.Create("nightly", "arn:aws:iam::123456789012:role/emr-on-eks-jobs", "${EmrRelease}")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/${Job}.py").Args("--date", "${Date}"))
                .Parameter("EmrRelease", TemplateParameterType.String, defaultValue: "emr-7.2.0-latest")
                .Parameter("Job", TemplateParameterType.String)
                .Parameter("Date", TemplateParameterType.String);
        }
        """;

    [Fact]
    public void A_virtual_cluster_and_a_job_template_get_their_requests_and_Terraform_as_at_run_time()
    {
        var outcome = GeneratorHarness.Run(Infrastructure);
        Assert.Empty(outcome.OutputErrors());
        Assert.Empty(outcome.Diagnostics);
        const string Type = "Acme.Data.EksInfrastructure";

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var cluster = (EksVirtualCluster)runtime.Get(Type, "Analytics")!;
        var template = (EksJobTemplate)runtime.Get(Type, "Nightly")!;
        var expected = new[]
        {
            ("Analytics", ArtifactKinds.EksCreateVirtualCluster, cluster.ToCreateVirtualClusterJson(), PayloadKind.EksCreateVirtualCluster),
            ("Analytics", ArtifactKinds.Terraform, cluster.ToTerraformJson(), PayloadKind.Terraform),
            ("Nightly", ArtifactKinds.EksCreateJobTemplate, template.ToCreateJobTemplateJson(), PayloadKind.EksCreateJobTemplate),
        };
        foreach (var (member, kind, json, payloadKind) in expected)
        {
            var constant = runtime.Constant($"{Type}+{member}Artifacts", kind.ConstantName);
            Assert.Equal(json, constant);
            PayloadOracle.AssertValid(constant, payloadKind);
        }

        Assert.Equal("analytics", runtime.Constant($"{Type}+AnalyticsArtifacts", "VirtualClusterName"));
        Assert.Equal("nightly", runtime.Constant($"{Type}+NightlyArtifacts", "JobTemplateName"));
        Assert.Equal("nightly-template", runtime.Constant($"{Type}+NightlyArtifacts", ArtifactKinds.FileNameConstant));
        Assert.Equal(".emr-containers.virtualcluster.json", ArtifactKinds.EksCreateVirtualCluster.FileSuffix);
        Assert.Equal(".emr-containers.jobtemplate.json", ArtifactKinds.EksCreateJobTemplate.FileSuffix);

        // The provider has no argument for template parameters: no Terraform for the template, EMRG009 at the call.
        Assert.DoesNotContain(ArtifactKinds.Terraform.ConstantName, runtime.Artifacts($"{Type}+NightlyArtifacts").Keys);
        var skipped = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG009");
        Assert.StartsWith(".Parameter(", outcome.TextAt(skipped.Location).TrimStart());
    }

    [Fact]
    public void The_EKS_request_file_cannot_be_taken_for_the_Serverless_one()
    {
        Assert.Equal(".emr-containers.startjobrun.json", ArtifactKinds.EksStartJobRun.FileSuffix);
        Assert.NotEqual(ArtifactKinds.StartJobRun.ConstantName, ArtifactKinds.EksStartJobRun.ConstantName);
        Assert.Contains(ArtifactKinds.EksStartJobRun, ArtifactKinds.All);
    }

    [Fact]
    public void Source_map_paths_are_in_the_emr_containers_wire_names()
    {
        var outcome = GeneratorHarness.Run(Source);
        var sessionization = outcome.StepOutputs<EvaluatedDefinition>(TrackingNames.Definitions).Single(d => d.Name == "EksJobs.Sessionization").SourceMap!;

        Assert.StartsWith(".SparkSubmit(", outcome.TextAt(sessionization.Resolve("jobDriver.sparkSubmitJobDriver.entryPointArguments[1]").ToLocation()));
        Assert.StartsWith(".Retry(", outcome.TextAt(sessionization.Resolve("retryPolicyConfiguration.maxAttempts").ToLocation()));
        Assert.StartsWith(".ContainerLogRotation(", outcome.TextAt(sessionization.Resolve("configurationOverrides.monitoringConfiguration.containerLogRotationConfiguration").ToLocation()));
    }

    [Theory]
    [InlineData("[EmrOnEks] public static ServerlessJobRun R => ServerlessJobRun.Create(\"app\", \"arn:aws:iam::123456789012:role/r\");", "EMRG006", "not EmrDsl.Containers.EksJobRun or EmrDsl.Containers.EksVirtualCluster or EmrDsl.Containers.EksJobTemplate; [EmrOnEks] goes on")]
    [InlineData("[EmrServerless] public static EksJobRun R => EksJobRun.Create(\"vc1\", \"arn:aws:iam::123456789012:role/r\", \"emr-7.2.0-latest\");", "EMRG006", "returns 'EmrDsl.Containers.EksJobRun', not EmrDsl.Serverless.ServerlessApplication")]
    [InlineData("[EmrOnEks(FileName = \"out/run\")] public static EksJobRun R => EksJobRun.Create(\"vc1\", \"arn:aws:iam::123456789012:role/r\", \"emr-7.2.0-latest\");", "EMRG007", "[EmrOnEks(FileName = \"out/run\")]")]
    public void Misplaced_or_misnamed_EKS_definitions_are_reported(string member, string id, string expected)
    {
        var outcome = GeneratorHarness.Run($"using EmrDsl; using EmrDsl.Containers; using EmrDsl.Serverless; public partial class Defs {{ {member} }}");

        Assert.Contains(expected, outcome.Single(id).GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void A_literal_password_writes_no_EKS_artifact_and_says_which_property()
    {
        var outcome = GeneratorHarness.Run("""
            using EmrDsl; using EmrDsl.Containers;
            public static partial class Defs
            {
                [EmrOnEks] public static EksJobRun R => EksJobRun.Create("vc1", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                    .SparkSubmit(SparkJob.For("s3://acme-jobs/hive.py"))
                    .ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set("spark.hadoop.javax.jdo.option.ConnectionPassword", "hunter2")));
            }
            """);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Contains("properties.spark.hadoop.javax.jdo.option.ConnectionPassword holds a literal password", diagnostic.GetMessage());
        Assert.DoesNotContain("hunter2", diagnostic.GetMessage());
        Assert.DoesNotContain(outcome.Output.SyntaxTrees, tree => tree.ToString().Contains("hunter2") && tree.FilePath.EndsWith(".EmrArtifacts.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_job_run_without_a_driver_fails_at_build_time_like_at_run_time()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; using EmrDsl.Containers; public static partial class Defs { [EmrOnEks] public static EksJobRun R => EksJobRun.Create(\"vc1\", \"arn:aws:iam::123456789012:role/r\", \"emr-7.2.0-latest\"); }");

        Assert.Contains("has no job driver", outcome.Single("EMRG002").GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }
}
