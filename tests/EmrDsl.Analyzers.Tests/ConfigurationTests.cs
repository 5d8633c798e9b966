using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EmrDsl.Analyzers.Tests;

/// <summary>Severities per id through .editorconfig, and the test setup's promise not to download anything.</summary>
public sealed class ConfigurationTests
{
    private const string SpotCore = """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2, g => g.Spot());
        }
        """;

    [Fact]
    public async Task Editorconfig_turns_EMR001_off()
    {
        var test = new Verify.Test<EmptyCodeFixProvider>("EMR001") { TestCode = SpotCore };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.EMR001.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Pragma_suppresses_a_finding_at_its_call()
    {
        await Verify.AnalyzerAsync("""
            using EmrDsl;

            public static class Pipelines
            {
                [EmrCluster]
                public static Cluster Etl => Cluster.Create("etl")
                    .Master("m5.xlarge")
            #pragma warning disable EMR001 // Ephemeral cluster, HDFS holds nothing we need.
                    .Core("r5.xlarge", 2, g => g.Spot());
            #pragma warning restore EMR001
            }
            """, "EMR001");
    }

    [Fact]
    public async Task The_reference_assemblies_resolve_no_package_so_nothing_is_downloaded()
    {
        Assert.Null(Verify.NoPackages.ReferenceAssemblyPackage);
        Assert.Empty(Verify.NoPackages.Packages);
        Assert.Empty(await Verify.NoPackages.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));
    }
}
