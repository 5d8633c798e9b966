using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using EmrDsl.Artifacts;
using EmrDsl.Testing;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// Every payload the generator writes for the test definitions and for the sample repository passes its oracle: the
/// AWS service models, the Terraform provider schema, and the safety checks (no literal secret in any artifact,
/// lifecycle.ignore_changes wherever the provider's users need it).
/// </summary>
public sealed class ArtifactOracleTests
{
    private static readonly Dictionary<string, PayloadKind> KindByConstant = new()
    {
        [ArtifactKinds.RunJobFlow.ConstantName] = PayloadKind.RunJobFlow,
        [ArtifactKinds.AddJobFlowSteps.ConstantName] = PayloadKind.AddJobFlowSteps,
        [ArtifactKinds.SecurityConfiguration.ConstantName] = PayloadKind.SecurityConfiguration,
        [ArtifactKinds.Terraform.ConstantName] = PayloadKind.Terraform,
        [ArtifactKinds.CreateApplication.ConstantName] = PayloadKind.CreateApplication,
        [ArtifactKinds.StartJobRun.ConstantName] = PayloadKind.StartJobRun,
        [ArtifactKinds.EksStartJobRun.ConstantName] = PayloadKind.EksStartJobRun,
        [ArtifactKinds.EksCreateVirtualCluster.ConstantName] = PayloadKind.EksCreateVirtualCluster,
        [ArtifactKinds.EksCreateJobTemplate.ConstantName] = PayloadKind.EksCreateJobTemplate,
    };

    /// <summary>The sample's sources with the global usings its SDK project adds (Program.cs is top-level code, not definitions).</summary>
    private static readonly string[] SampleSources = Directory
        .GetFiles(Path.Combine(RepoPaths.Root, "samples", "src", "Acme.DataPlatform"), "*.cs", SearchOption.AllDirectories)
        .Where(path => Path.GetFileName(path) != "Program.cs" && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
        .Order(System.StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .Prepend("global using System; global using System.Collections.Generic; global using System.Linq;")
        .ToArray();

    public static IEnumerable<object[]> Definitions() => new[]
    {
        new object[] { "Sources.Pipelines", new[] { Sources.Pipelines } },
        new object[] { "Sources.FluentPipelines", new[] { Sources.FluentPipelines } },
        new object[] { "Sources.Serverless", new[] { Sources.Serverless } },
        new object[] { "Sources.Steps", new[] { Sources.Steps } },
        new object[] { "samples/src/Acme.DataPlatform", SampleSources },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Every_generated_payload_passes_its_oracle_and_the_safety_checks(string what, string[] sources)
    {
        var outcome = GeneratorHarness.Run(sources);
        Assert.Empty(outcome.OutputErrors());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var payloads = Payloads(runtime).ToList();

        Assert.True(payloads.Count > 0, what + ": no payloads were generated");
        Assert.All(payloads, payload => PayloadOracle.AssertValid(payload.Json, payload.Kind));
    }

    [Fact]
    public void The_samples_show_each_safety_choice()
    {
        var outcome = GeneratorHarness.Run(SampleSources);
        using var runtime = RuntimeLoader.Load(outcome.Output);
        string Terraform(string type) => runtime.Constant("Acme.DataPlatform.Pipelines." + type + "+ClusterArtifacts", ArtifactKinds.Terraform.ConstantName);

        Assert.Contains("\"kdc_admin_password\": \"${var.secure_warehouse_kdc_admin_password}\"", Terraform("SecureWarehouse"));
        Assert.Contains("\"CrossRealmTrustPrincipalPassword\": \"{{ var.value.secure_warehouse_cross_realm_password }}\"", runtime.Constant("Acme.DataPlatform.Pipelines.SecureWarehouse+ClusterArtifacts", ArtifactKinds.RunJobFlow.ConstantName));
        Assert.Equal(new[] { "step" }, Ignored(Terraform("StreamingEnrichment"), "aws_emr_cluster", "streaming_enrichment"));
        Assert.NotEmpty(runtime.Artifacts("Acme.DataPlatform.Pipelines.StreamingEnrichmentJobs+JobsArtifacts"));
        Assert.Equal(new[] { "target_on_demand_capacity", "target_spot_capacity" }, Ignored(Terraform("FeatureStore"), "aws_emr_instance_fleet", "feature_store"));
        Assert.Equal(new[] { "step", "core_instance_fleet[0].target_on_demand_capacity", "core_instance_fleet[0].target_spot_capacity" }, Ignored(Terraform("FeatureStore"), "aws_emr_cluster", "feature_store"));
        foreach (var type in new[] { "SecureWarehouse", "StreamingEnrichment", "FeatureStore" })
        {
            var findings = ((Cluster)runtime.Get("Acme.DataPlatform.Pipelines." + type, "Cluster")!).Validate();
            Assert.DoesNotContain(findings, f => f.Severity != Rules.FindingSeverity.Info);
        }
    }

    private static string[] Ignored(string json, string type, string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("resource").GetProperty(type).GetProperty(name).GetProperty("lifecycle").GetProperty("ignore_changes")
            .EnumerateArray().Select(entry => entry.GetString()!).ToArray();
    }

    private static IEnumerable<(PayloadKind Kind, string Json)> Payloads(RuntimeLoader runtime) =>
        from definition in runtime.AllArtifacts()
        from payload in definition.Payloads
        where KindByConstant.ContainsKey(payload.Key)
        select (KindByConstant[payload.Key], payload.Value);
}
