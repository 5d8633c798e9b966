extern alias generator;

using System.Linq;

namespace EmrDsl.Generators.Tests;

public sealed class DiagnosticTests
{
    private static GeneratorOutcome RunDefinition(string body, string members = "") => GeneratorHarness.Run($$"""
        using System;
        using EmrDsl;
        using EmrDsl.Model;
        public static partial class Defs
        {
            {{members}}
            [EmrCluster] public static Cluster C => {{body}};
        }
        """);

    [Theory]
    [InlineData("Cluster.Create(Environment.GetEnvironmentVariable(\"NAME\")!)", "Environment.GetEnvironmentVariable(\"NAME\")", "reads the machine the program runs on")]
    [InlineData("Cluster.Create($\"etl-{DateTime.Now:yyyy}\")", "DateTime.Now", "known only when the program runs")]
    [InlineData("Cluster.Create(Helper(\"x\"))", "Environment.MachineName", "known only when the program runs")]
    [InlineData("Cluster.Create(new System.Net.Http.HttpClient().ToString())", "new System.Net.Http.HttpClient()", "depends on the machine or the moment")]
    public void What_is_not_known_at_build_time_is_reported_at_that_exact_expression(string body, string expectedAt, string expectedReason)
    {
        var outcome = RunDefinition(body, "static string Helper(string s) => s + Environment.MachineName;");

        var diagnostic = outcome.Single("EMRG001");
        Assert.Equal(expectedAt, outcome.TextAt(diagnostic.Location));
        Assert.Contains(expectedReason, diagnostic.GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void A_loop_that_never_ends_inside_a_helper_is_reported_at_that_loop_not_at_the_loop_calling_it()
    {
        var outcome = RunDefinition("Build()", """
            static Cluster Build()
            {
                var cluster = Cluster.Create("etl");
                foreach (var table in new[] { "a", "b" }) { cluster = cluster.Tag(table, Suffix(table)); }
                return cluster;
            }

            static string Suffix(string table)
            {
                var i = 0;
                while (i < 10) { table += "x"; }
                return table;
            }
            """);

        var diagnostic = outcome.Single("EMRG010");
        Assert.Equal("while", outcome.TextAt(diagnostic.Location));
        Assert.StartsWith("The 'while' loop stops the build-time evaluation: it did not finish within 1,000,000 evaluation steps", diagnostic.GetMessage());
    }

    [Fact]
    public void A_dsl_exception_is_reported_at_the_argument_it_names_with_its_message()
    {
        var outcome = RunDefinition("Cluster.Create(\"  \")");

        var diagnostic = outcome.Single("EMRG002");
        Assert.Equal("\"  \"", outcome.TextAt(diagnostic.Location));
        Assert.Equal("'Cluster.Create(\"  \")' fails at build time: A name is required: pass a non-empty string.", diagnostic.GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void The_quoted_expression_leaves_out_comments_inside_the_chain()
    {
        var outcome = RunDefinition("Cluster.Create(\"etl\") // the name\n            .Named(\"\")");

        Assert.StartsWith("'Cluster.Create(\"etl\") .Named(\"\")' fails at build time:", outcome.Single("EMRG002").GetMessage());
    }

    [Fact]
    public void A_dsl_exception_inside_a_lambda_the_dsl_calls_back_is_reported_inside_the_lambda()
    {
        var outcome = RunDefinition("Cluster.Create(\"x\").With(s => Cluster.Create(\"\").Spec)");

        Assert.Equal("\"\"", outcome.TextAt(outcome.Single("EMRG002").Location));
    }

    [Fact]
    public void Definitions_that_refer_to_each_other_are_a_cycle()
    {
        var outcome = GeneratorHarness.Run("""
            using EmrDsl;
            public static partial class Defs
            {
                [EmrCluster] public static Cluster A => B.Named("a");
                public static Cluster B => A.Named("b");
            }
            """);

        var diagnostic = outcome.Single("EMRG003");
        Assert.Equal("A", outcome.TextAt(diagnostic.Location));
        Assert.Contains("A -> B -> A", diagnostic.GetMessage());
    }

    [Fact]
    public void A_type_that_is_not_partial_is_reported_and_gets_no_code()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; public static class Defs { [EmrCluster] public static Cluster C => Cluster.Create(\"c\"); }");

        var diagnostic = outcome.Single("EMRG004");
        Assert.Equal("Defs", outcome.TextAt(diagnostic.Location));
        Assert.Contains("declare it 'partial'", diagnostic.GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Theory]
    [InlineData("[EmrCluster] public Cluster C => Cluster.Create(\"c\");", "is not static")]
    [InlineData("[EmrCluster] public static string C => \"c\";", "returns 'string', not EmrDsl.Cluster")]
    [InlineData("[EmrCluster] public static Cluster C(int n) => Cluster.Create(\"c\");", "takes parameters")]
    public void The_attribute_on_a_member_that_cannot_be_a_definition_is_reported(string member, string expected)
    {
        var outcome = GeneratorHarness.Run($"using EmrDsl; public partial class Defs {{ {member} }}");

        Assert.Contains(expected, outcome.Single("EMRG006").GetMessage());
    }

    [Fact]
    public void A_definition_in_a_generic_type_is_reported()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; public partial class Defs<T> { [EmrCluster] public static Cluster C => Cluster.Create(\"c\"); }");

        Assert.Contains("generic type 'Defs'", outcome.Single("EMRG006").GetMessage());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("out/etl", "contains '/'")]
    [InlineData("-etl", "does not start with a letter or digit")]
    public void An_unusable_file_name_is_reported(string fileName, string expected)
    {
        var outcome = GeneratorHarness.Run($"using EmrDsl; public partial class Defs {{ [EmrCluster(FileName = \"{fileName}\")] public static Cluster C => Cluster.Create(\"c\"); }}");

        Assert.Contains(expected, outcome.Single("EMRG007").GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void Duplicate_cluster_and_file_names_are_reported_with_both_locations()
    {
        var outcome = GeneratorHarness.Run(
            "using EmrDsl; public static partial class A { [EmrCluster] public static Cluster First => Cluster.Create(\"etl\"); }",
            "using EmrDsl; public static partial class B { [EmrCluster(FileName = \"ETL\")] public static Cluster Second => Cluster.Create(\"etl\"); }");

        var duplicates = outcome.Diagnostics.Where(d => d.Id == "EMRG005").ToList();
        Assert.Equal(2, duplicates.Count);
        Assert.All(duplicates, d =>
        {
            Assert.Equal("Second", outcome.TextAt(d.Location));
            Assert.Equal("First", outcome.TextAt(Assert.Single(d.AdditionalLocations)));
        });
        Assert.Contains(duplicates, d => d.GetMessage().Contains("cluster name 'etl'"));
        Assert.Contains(duplicates, d => d.GetMessage().Contains("file name 'ETL'"));
    }

    [Theory]
    [InlineData("Cluster.Create(\"x\").")]
    [InlineData("Cluster.Create(\"x\"")]
    [InlineData("Cluster.Create(Undefined)")]
    [InlineData("Cluster.Create(\"x\").With(s => s with { Nope = 1 })")]
    [InlineData("")]
    public void Half_typed_code_produces_no_output_and_no_crash(string body)
    {
        var outcome = RunDefinition(body);

        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.Result.GeneratedSources);
        Assert.Empty(outcome.Diagnostics);
    }

    [Theory]
    [InlineData("[EmrCluster] public static Cluster C => Cluster.Create(\"a\"); [EmrCluster] public static Cluster C => Cluster.Create(\"b\");", "CS0102")]
    [InlineData("[EmrCluster] public static Cluster C() => Cluster.Create(\"a\"); [EmrCluster] public static Cluster C() => Cluster.Create(\"b\");", "CS0111")]
    public void A_definition_declared_twice_is_left_to_the_compiler_error(string members, string compilerError)
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; public static partial class Defs { " + members + " }");

        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.Result.GeneratedSources);
        Assert.Contains(outcome.Input.GetDiagnostics(), d => d.Id == compilerError);
    }

    [Fact]
    public void An_overload_with_parameters_does_not_make_a_definition_a_duplicate()
    {
        var outcome = GeneratorHarness.Run("using EmrDsl; public static partial class Defs { [EmrCluster] public static Cluster C() => Cluster.Create(\"a\"); public static Cluster C(string n) => Cluster.Create(n); }");

        Assert.Empty(outcome.Diagnostics);
        Assert.Single(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void Every_descriptor_has_a_docs_page_and_a_release_entry()
    {
        var descriptors = typeof(generator::EmrDsl.Generators.DiagnosticDescriptors)
            .GetFields()
            .Select(f => (Microsoft.CodeAnalysis.DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        var releases = System.IO.File.ReadAllText(System.IO.Path.Combine(Testing.RepoPaths.Root, "src", "EmrDsl.Generators", "AnalyzerReleases.Unshipped.md"));

        Assert.Equal(14, descriptors.Count);
        Assert.All(descriptors, d =>
        {
            Testing.RepositoryLinks.AssertIsRulePage(d.Id, d.HelpLinkUri);
            Assert.Contains($"{d.Id} | EmrDsl.Generator | {d.DefaultSeverity} | {d.Title}", releases);
        });
    }

    [Theory]
    [InlineData("#pragma warning disable EMRG009", false)]
    [InlineData("[System.Diagnostics.CodeAnalysis.SuppressMessage(\"EmrDsl.Generator\", \"EMRG009\")]", false)]
    [InlineData("", true)]
    public void Generator_warnings_are_suppressible_in_source(string suppression, bool expected)
    {
        var outcome = GeneratorHarness.Run($$"""
            using EmrDsl;
            public static partial class Defs
            {
                {{suppression}}
                [EmrCluster] public static Cluster Zonal => Cluster.Create("zonal").Master("m5.xlarge").AvailabilityZone("us-east-1a");
            }
            """);
        var warning = Assert.Single(outcome.AllDiagnostics, d => d.Id == "EMRG009");
        Assert.Same(outcome.Input.SyntaxTrees.Single(), warning.Location.SourceTree);

        // What the compiler keeps after #pragma and [SuppressMessage], as for any warning in source.
        var effective = Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers.GetEffectiveDiagnostics(outcome.AllDiagnostics, outcome.Input);

        Assert.Equal(expected, effective.Any(d => d.Id == "EMRG009" && !d.IsSuppressed));
    }

    [Fact]
    public void A_failure_inside_a_helper_is_reported_in_the_helper_with_the_definitions_call_beside_it()
    {
        var outcome = RunDefinition("Standard(\"etl\")", "static Cluster Standard(string name) => Cluster.Create(name + Environment.MachineName);");

        var diagnostic = outcome.Single("EMRG001");
        Assert.Equal("Environment.MachineName", outcome.TextAt(diagnostic.Location));
        Assert.Equal("Standard(\"etl\")", outcome.TextAt(Assert.Single(diagnostic.AdditionalLocations)));
    }
}
