extern alias generator;

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using EvaluationCache = generator::EmrDsl.Generators.Evaluation.EvaluationCache;
using DefinitionCache = generator::EmrDsl.Generators.Parsing.DefinitionCache;
using SharedMembers = generator::EmrDsl.Generators.Evaluation.SharedMembers;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

/// <summary>The evaluation counter is process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(EvaluationCacheTests), DisableParallelization = true)]
public sealed class EvaluationCacheCollection;

/// <summary>Results are reused across generator runs exactly while everything the evaluation read is unchanged.</summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class EvaluationCacheTests
{
    private const string Bases = """
        using EmrDsl;
        public static partial class Bases
        {
            public const string Bucket = Settings.Root + "/logs/";
            public static Cluster Base => Cluster.Create("base").Release("emr-7.1.0").LogUri(Bucket);
        }
        """;

    private const string Settings = "public static class Settings { public const string Root = \"s3://acme\"; }";

    private const string Derived = """
        using EmrDsl;
        public static partial class Defs
        {
            [EmrCluster] public static Cluster Etl => Bases.Base.Named("etl");
        }
        """;

    private const string Independent = """
        using EmrDsl;
        public static partial class Other
        {
            [EmrCluster] public static Cluster Reports => Cluster.Create("reports").Release("emr-7.1.0");
        }
        """;

    private const string Unrelated = "public static class Util { public static int Answer => 42; }";

    [Fact]
    public void An_edit_to_an_unrelated_file_evaluates_nothing()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 4, Unrelated.Replace("42", "43")));

        Assert.Equal(0, evaluations);
        Assert.Contains("s3://acme/logs/", sources["Defs.Etl"]);
    }

    [Fact]
    public void An_edit_to_an_unrelated_file_parses_no_definition_again()
    {
        var (driver, compilation) = FirstRun();
        var before = DefinitionCache.Misses;

        Rerun(driver, Replace(compilation, 4, Unrelated.Replace("42", "43")));

        // Not even the payloads of an unchanged definition are written again.
        Assert.Equal(0, DefinitionCache.Misses - before);
    }

    [Fact]
    public void An_edit_to_one_definition_parses_only_it()
    {
        var (driver, compilation) = FirstRun();
        var before = DefinitionCache.Misses;

        Rerun(driver, Replace(compilation, 3, Independent.Replace("\"reports\"", "\"reports-v2\"")));

        Assert.Equal(1, DefinitionCache.Misses - before);
    }

    [Fact]
    public void An_edit_to_one_definition_evaluates_only_it()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 3, Independent.Replace("\"reports\"", "\"reports-v2\"")));

        Assert.Equal(1, evaluations);
        Assert.Contains("reports-v2", sources["Other.Reports"]);
    }

    [Fact]
    public void An_edit_to_a_definition_reuses_the_base_it_is_built_from()
    {
        var (driver, compilation) = FirstRun();
        var before = SharedMembers.Interpretations;

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 2, Derived.Replace("\"etl\"", "\"etl-v2\"")));

        // The edited definition itself is the one interpretation; Bases.Base (and its source map) comes from the cache.
        Assert.Equal(1, evaluations);
        Assert.Equal(1, SharedMembers.Interpretations - before);
        Assert.Contains("etl-v2", sources["Defs.Etl"]);
        Assert.Contains("s3://acme/logs/", sources["Defs.Etl"]);
    }

    [Fact]
    public void An_edit_to_a_base_definition_in_another_file_re_evaluates_its_dependents_only()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 0, Bases.Replace("emr-7.1.0", "emr-7.2.0")));

        Assert.Equal(1, evaluations);
        Assert.Contains("emr-7.2.0", sources["Defs.Etl"]);
        Assert.Contains("emr-7.1.0", sources["Other.Reports"]);
    }

    [Fact]
    public void An_edit_to_a_constant_a_base_is_made_of_re_evaluates_the_definitions_that_use_it()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 1, Settings.Replace("s3://acme", "s3://acme-prod")));

        Assert.Equal(1, evaluations);
        Assert.Contains("s3://acme-prod/logs/", sources["Defs.Etl"]);
    }

    [Fact]
    public void A_failed_evaluation_is_retried_when_the_missing_code_arrives_in_a_new_file()
    {
        var compilation = GeneratorHarness.Compile("using EmrDsl; public static partial class Defs { [EmrCluster] public static Cluster Etl => Helpers.Base.Named(\"etl\"); }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);

        var helper = CSharpSyntaxTree.ParseText("using EmrDsl; public static class Helpers { public static Cluster Base => Cluster.Create(\"base\"); }", GeneratorHarness.ParseOptions(), "Helpers.cs");
        var (_, evaluations, sources) = Rerun(driver, compilation.AddSyntaxTrees(helper));

        Assert.Equal(1, evaluations);
        Assert.Contains("\"etl\"", sources["Defs.Etl"]);
    }

    [Fact]
    public void A_new_type_that_could_capture_a_name_re_evaluates_everything()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, _) = Rerun(driver, Replace(compilation, 4, Unrelated + " public static class Helper2 { }"));

        Assert.Equal(2, evaluations);
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile(Bases, Settings, Derived, Independent, Unrelated);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        return (driver, compilation);
    }
}
