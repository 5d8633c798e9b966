using System.Linq;
using EmrDsl.Artifacts;
using Microsoft.CodeAnalysis;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// The generator finds definitions by their attributes' syntax and binds those attributes only when it parses a member,
/// so a marker is found however the attribute lookup would find it, nothing else is taken for one, and a cached result
/// is parsed again when what its attributes bind to or read changes in another file.
/// </summary>
public sealed class MarkerDiscoveryTests
{
    private const string Unrelated = "public static class Util { public static int Answer => 42; }";

    [Fact]
    public void A_marker_written_qualified_or_through_an_alias_is_found()
    {
        var outcome = GeneratorHarness.Run(
            """
            using EmrDsl;
            using Batch = EmrDsl.EmrClusterAttribute;

            namespace Acme
            {
                using Hourly = global::EmrDsl.EmrClusterAttribute;

                public static partial class Defs
                {
                    [EmrDsl.EmrCluster] public static Cluster Qualified => Cluster.Create("qualified").Release("emr-7.1.0");
                    [global::EmrDsl.EmrClusterAttribute] public static Cluster Global => Cluster.Create("global").Release("emr-7.1.0");
                    [Batch] public static Cluster FileAlias => Cluster.Create("file-alias").Release("emr-7.1.0");
                    [Hourly] public static Cluster NamespaceAlias => Cluster.Create("namespace-alias").Release("emr-7.1.0");
                    [Nightly] public static Cluster ProjectAlias => Cluster.Create("project-alias").Release("emr-7.1.0");
                }
            }
            """,
            "global using Nightly = EmrDsl.EmrClusterAttribute;");

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(
            ["FileAlias", "Global", "NamespaceAlias", "ProjectAlias", "Qualified"],
            outcome.Result.GeneratedSources.Select(s => s.HintName.Split('.')[2]).Order());
    }

    [Fact]
    public void An_attribute_only_named_like_a_marker_makes_no_definition()
    {
        var outcome = GeneratorHarness.Run(
            """
            using EmrDsl;

            namespace Acme;

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class EmrClusterAttribute : System.Attribute;

            public static partial class Defs
            {
                [EmrCluster] public static Cluster Etl => Cluster.Create("etl").Release("emr-7.1.0");
            }
            """);

        Assert.Empty(outcome.Result.GeneratedSources);
        Assert.Empty(outcome.AllDiagnostics);
    }

    [Fact]
    public void A_type_added_elsewhere_that_captures_the_marker_name_takes_the_definition_away()
    {
        var compilation = GeneratorHarness.Compile(Definition, Unrelated);
        var (driver, _, sources) = Rerun(GeneratorHarness.Driver(GeneratorHarness.ParseOptions()), compilation);
        Assert.Contains("Acme.Defs", sources.Keys);

        var capturing = "namespace Acme; [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class EmrClusterAttribute : System.Attribute;";
        (_, _, sources) = Rerun(driver, Replace(compilation, 1, capturing));

        Assert.Empty(sources);
    }

    [Fact]
    public void A_global_alias_added_elsewhere_finds_a_member_that_did_not_change()
    {
        var compilation = GeneratorHarness.Compile(Definition.Replace("[EmrCluster]", "[Batch]"), Unrelated);
        var (driver, _, sources) = Rerun(GeneratorHarness.Driver(GeneratorHarness.ParseOptions()), compilation);
        Assert.Empty(sources);

        (_, _, sources) = Rerun(driver, Replace(compilation, 1, "global using Batch = EmrDsl.EmrClusterAttribute;\n" + Unrelated));

        Assert.Contains("Acme.Defs", sources.Keys);
    }

    [Fact]
    public void A_marker_argument_read_from_other_files_is_read_again_when_one_of_them_changes()
    {
        const string Names = "public static class Names { public const string Etl = Prefixes.Team + \"-etl\"; }";
        const string Prefixes = "public static class Prefixes { public const string Team = \"acme\"; }";
        var compilation = GeneratorHarness.Compile(Definition.Replace("[EmrCluster]", "[EmrCluster(FileName = Names.Etl)]"), Names, Prefixes, Unrelated);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);
        Assert.Contains("acme-etl", FileNames(driver));

        driver = driver.RunGenerators(Replace(compilation, 2, Prefixes.Replace("acme", "billing")));

        var written = FileNames(driver);
        Assert.Contains("billing-etl", written);
        Assert.DoesNotContain("acme-etl", written);
    }

    private const string Definition = """
        using EmrDsl;

        namespace Acme;

        public static partial class Defs
        {
            [EmrCluster] public static Cluster Etl => Cluster.Create("etl").Release("emr-7.1.0");
        }
        """;

    /// <summary>The artifact file names the generated sources carry, one after the other.</summary>
    private static string FileNames(GeneratorDriver driver) =>
        string.Join(" ", driver.GetRunResult().Results.Single().GeneratedSources
            .Select(s => GeneratedPayloads.Of(s.SourceText.ToString())[ArtifactKinds.FileNameConstant]));
}
