using System.Linq;
using EmrDsl.Artifacts;

namespace EmrDsl.Generators.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void Payload_constants_are_byte_identical_to_what_the_definitions_produce_at_run_time()
    {
        var outcome = GeneratorHarness.Run(Sources.Pipelines);
        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.OutputErrors());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        foreach (var member in new[] { "NightlyEtl", "NightlyEtlProd" })
        {
            var cluster = (Cluster)runtime.Get("Acme.Data.Pipelines", member)!;
            var artifacts = $"Acme.Data.Pipelines+{member}Artifacts";
            Assert.Equal(cluster.ToRunJobFlowJson(), runtime.Constant(artifacts, "RunJobFlowJson"));
            Assert.Equal(cluster.Spec.Name, runtime.Constant(artifacts, "ClusterName"));
        }
    }

    [Theory]
    [InlineData(".EbsRootVolume(64)", "\"EbsRootVolumeSize\": 64")]
    [InlineData(".EbsRootVolume(throughput: 125)", "\"EbsRootVolumeThroughput\": 125")]
    public void Omitted_and_nullable_arguments_are_evaluated_at_build_time_as_at_run_time(string call, string expected)
    {
        var outcome = GeneratorHarness.Run($$"""
            using EmrDsl;

            namespace Acme.Volumes;

            public static partial class Clusters
            {
                [EmrCluster]
                public static Cluster Sized => Cluster.Create("sized").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge){{call}};
            }
            """);
        Assert.Empty(outcome.Diagnostics);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var json = runtime.Constant("Acme.Volumes.Clusters+SizedArtifacts", "RunJobFlowJson");
        Assert.Equal(((Cluster)runtime.Get("Acme.Volumes.Clusters", "Sized")!).ToRunJobFlowJson(), json);
        Assert.Contains(expected, json);
    }

    [Fact]
    public void CloudWatch_log_types_are_evaluated_at_build_time_as_at_run_time()
    {
        var outcome = GeneratorHarness.Run("""
            using EmrDsl;

            namespace Acme.Logs;

            public static partial class Clusters
            {
                [EmrCluster]
                public static Cluster Observed => Cluster.Create("observed")
                    .Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge)
                    .PublishToCloudWatch(CloudWatchLogTypes.StepLogs, CloudWatchLogFiles.Stdout, CloudWatchLogFiles.Stderr)
                    .CloudWatchLogs(logGroupName: "/aws/emr/observed")
                    .PublishToCloudWatch(CloudWatchLogTypes.SparkDriver, CloudWatchLogFiles.Stderr);
            }
            """);
        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.OutputErrors());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var cluster = (Cluster)runtime.Get("Acme.Logs.Clusters", "Observed")!;
        var json = runtime.Constant("Acme.Logs.Clusters+ObservedArtifacts", "RunJobFlowJson");
        Assert.Equal(cluster.ToRunJobFlowJson(), json);
        Assert.Contains("\"LogGroupName\": \"/aws/emr/observed\"", json);
        Assert.Contains("\"STEP_LOGS\": [", json);
        Assert.Contains("\"SPARK_DRIVER\": [", json);
    }

    [Fact]
    public void Evaluation_follows_constants_interpolation_arithmetic_enums_lambdas_and_other_definitions()
    {
        var outcome = GeneratorHarness.Run(Sources.Pipelines);
        using var runtime = RuntimeLoader.Load(outcome.Output);
        var json = runtime.Constant("Acme.Data.Pipelines+NightlyEtlProdArtifacts", "RunJobFlowJson");

        Assert.Contains("\"Name\": \"nightly-etl-prod\"", json);
        Assert.Contains("\"LogUri\": \"s3://acme-logs/emr/pipelines/\"", json);
        Assert.Contains("\"Market\": \"SPOT\"", json);
        Assert.Contains("\"InstanceCount\": 5", json);
        Assert.Contains("\"EbsRootVolumeSize\": 180", json);
        Assert.Contains("\"StepConcurrencyLevel\": 4", json);
        Assert.Contains("\"Value\": \"cc-0042\"", json);
        Assert.Contains("\"ServiceRole\": \"EMR_DefaultRole_V2\"", json);
        Assert.Equal("nightly-etl-production", runtime.Constant("Acme.Data.Pipelines+NightlyEtlProdArtifacts", "FileName"));
        Assert.Equal("nightly-etl", runtime.Constant("Acme.Data.Pipelines+NightlyEtlArtifacts", "FileName"));
    }

    [Theory]
    [InlineData("Cluster.Create(\"Nightly ETL (prod)\")", "nightly-etl-prod")]
    [InlineData("Cluster.Create(\"a.b_c\")", "a.b_c")]
    [InlineData("Cluster.Create(\"***\")", "my_cluster")]
    public void The_file_name_defaults_to_the_cluster_name_made_file_safe(string definition, string expected)
    {
        var outcome = GeneratorHarness.Run($$"""
            using EmrDsl;
            public static partial class Defs { [EmrCluster] public static Cluster My_Cluster => {{definition}}; }
            """);

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(expected, outcome.GeneratedPayloads("Defs.My_Cluster")[ArtifactKinds.FileNameConstant]);
    }

    [Fact]
    public void Fields_and_parameterless_methods_are_definitions_too()
    {
        var outcome = GeneratorHarness.Run("""
            using EmrDsl;
            namespace N
            {
                public partial class Outer
                {
                    public partial record struct Inner
                    {
                        [EmrCluster] public static readonly Cluster Field = Cluster.Create("from-field");
                        [EmrCluster] public static Cluster Method() { return Cluster.Create("from-method"); }
                    }
                }
            }
            """);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.OutputErrors());
        Assert.Contains("partial record struct Inner", outcome.GeneratedSource("N.Outer.Inner.Field"));
        Assert.Equal("from-method", outcome.GeneratedPayloads("N.Outer.Inner.Method")["ClusterName"]);
    }

    [Fact]
    public void Params_defaults_conditional_access_coalesce_and_checked_arithmetic_evaluate_like_csharp()
    {
        var outcome = GeneratorHarness.Run("""
            using EmrDsl;
            using EmrDsl.Model;
            public static partial class Defs
            {
                private static Cluster Seed => Cluster.Create("seed");

                [EmrCluster]
                public static Cluster C => Seed.With(s => s with
                {
                    Name = (s.Instances?.Ec2KeyName ?? "fallback") + "-" + (-7 % 3) + "-" + (7 / 2) + "-" + (1.5 * 3),
                    Steps = EquatableArray<StepSpec>.Empty,
                    SupportedProducts = EquatableArray.Create<string>(),
                    EbsRootVolumeIops = unchecked(int.MaxValue + 1) < 0 ? 3000 : 0,
                    EbsRootVolumeThroughput = unchecked((int)(byte)300) + (int)Market.Spot,
                });
            }
            """);

        Assert.Empty(outcome.Diagnostics);
        using var runtime = RuntimeLoader.Load(outcome.Output);
        var json = runtime.Constant("Defs+CArtifacts", "RunJobFlowJson");
        Assert.Equal(((Cluster)runtime.Get("Defs", "C")!).ToRunJobFlowJson(), json);
        Assert.Contains("\"Name\": \"fallback--1-3-4.5\"", json);
        Assert.Contains("\"EbsRootVolumeIops\": 3000", json);
        Assert.Contains("\"EbsRootVolumeThroughput\": 45", json);
    }

    [Fact]
    public void The_generated_code_compiles_in_a_nested_namespaced_partial_type_and_a_global_one()
    {
        var outcome = GeneratorHarness.Run(
            "using EmrDsl; namespace A.B { public static partial class P { public static partial class Q { [EmrCluster] public static Cluster X => Cluster.Create(\"x\"); } } }",
            "using EmrDsl; static partial class G { [EmrCluster] internal static Cluster Y => Cluster.Create(\"y\"); }");

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.OutputErrors());
        Assert.Equal(2, outcome.Result.GeneratedSources.Length);
    }

    [Fact]
    public void Without_raw_string_literals_typed_constants_are_escaped_literals_with_the_same_value()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.ParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10), Sources.Pipelines);
        var outcome = GeneratorHarness.Run(compilation, ProjectProperties.TypedConstants);

        Assert.Empty(outcome.Diagnostics);
        Assert.DoesNotContain("\"\"\"", outcome.GeneratedSource("Acme.Data.Pipelines.NightlyEtl."));
        using var runtime = RuntimeLoader.Load(outcome.Output);
        Assert.Equal(((Cluster)runtime.Get("Acme.Data.Pipelines", "NightlyEtl")!).ToRunJobFlowJson(), runtime.Get("Acme.Data.Pipelines+NightlyEtlArtifacts", "RunJobFlowJson"));
    }

    [Fact]
    public void Generated_source_matches_the_approved_snapshot()
    {
        var outcome = GeneratorHarness.Run(Sources.Pipelines);

        Testing.Snapshot.Match(outcome.GeneratedSource("Acme.Data.Pipelines.NightlyEtlProd."), "Pipelines.NightlyEtlProd.g.cs.txt");
    }

    [Fact]
    public void Generated_typed_constants_match_the_approved_snapshot()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(Sources.Pipelines), ProjectProperties.TypedConstants);

        Testing.Snapshot.Match(outcome.GeneratedSource("Acme.Data.Pipelines.NightlyEtlProd."), "Pipelines.NightlyEtlProd.TypedConstants.g.cs.txt");
    }

    [Fact]
    public void Code_without_the_attribute_produces_nothing()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; public static class Defs { public static Cluster C => Cluster.Create(\"c\"); }");

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.Result.GeneratedSources);
        Assert.Null(outcome.Result.Exception);
    }
}
