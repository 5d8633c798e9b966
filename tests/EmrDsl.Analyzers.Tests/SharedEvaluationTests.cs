using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EmrDsl.Generators;
using EmrDsl.Generators.Caching;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Analyzers.Tests;

/// <summary>The evaluation counter is process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(SharedEvaluationTests), DisableParallelization = true)]
public sealed class SharedEvaluationCollection;

/// <summary>
/// In a build the analyzers see the compilation the generator produced; they run the rules on the generator's
/// evaluations instead of evaluating every definition again.
/// </summary>
[Collection(nameof(SharedEvaluationTests))]
public sealed class SharedEvaluationTests
{
    private const string Source = """
        using EmrDsl;

        public static partial class Pipelines
        {
            static Cluster Base => Cluster.Create("base").Release("emr-7.1.0").Master("m5.xlarge")
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole");

            [EmrCluster] public static Cluster Etl => Base.Named("etl").Core("r5.xlarge", 2, g => g.Spot(BidPrice.OnDemandPrice));
            [EmrCluster] public static Cluster Reports => Base.Named("reports").Core("r5.xlarge", 2);
        }
        """;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DefinitionRuleAnalyzer());

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    [Fact]
    public async Task Analyzers_after_the_generator_evaluate_no_definition_again_and_report_the_same()
    {
        var compilation = Compile();
        var alone = await Analyze(compilation);
        CSharpGeneratorDriver.Create(new[] { new DefinitionGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(Compile(), out var generated, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.Equal(2, generated.SyntaxTrees.Count() - 1);

        var before = EvaluationCache.Evaluations;
        var afterGenerator = await Analyze(generated);

        Assert.Equal(0, EvaluationCache.Evaluations - before);
        Assert.Contains(afterGenerator, d => d.Id == "EMR001");
        Assert.Equal(Describe(alone), Describe(afterGenerator));
    }

    [Fact]
    public async Task Types_other_generators_add_do_not_make_the_analyzers_evaluate_again()
    {
        var generators = new[] { new DefinitionGenerator().AsSourceGenerator(), new TypeAddingGenerator().AsSourceGenerator() };
        CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions).RunGeneratorsAndUpdateCompilation(Compile(), out var generated, out _);
        Assert.Contains(generated.SyntaxTrees, t => t.FilePath.EndsWith("Helpers.g.cs", System.StringComparison.Ordinal));

        var before = EvaluationCache.Evaluations;
        var diagnostics = await Analyze(generated);

        Assert.Equal(0, EvaluationCache.Evaluations - before);
        Assert.Contains(diagnostics, d => d.Id == "EMR001");
    }

    [Fact]
    public async Task After_an_edit_the_rules_run_again_only_on_the_definitions_it_changed()
    {
        const string Other = """
            using EmrDsl;

            public static partial class Other
            {
                [EmrCluster] public static Cluster Adhoc => Cluster.Create("adhoc").Release("emr-7.1.0").Master("m5.xlarge").Core("r5.xlarge", 2, g => g.Spot(BidPrice.OnDemandPrice));
            }
            """;
        var compilation = Compile().AddSyntaxTrees(CSharpSyntaxTree.ParseText(Other, ParseOptions, "Other.cs"));
        await Analyze(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Other.Replace("public static partial class Other", "// moved down a line\npublic static partial class Other"), ParseOptions, "Other.cs"));

        var before = GeneratorCaches.RuleFindings.Misses;
        var afterEdit = await Analyze(edited);
        var checkedAgain = GeneratorCaches.RuleFindings.Misses - before;

        Assert.Equal(1, checkedAgain);
        Assert.Equal(Describe(await Analyze(Compile().AddSyntaxTrees(edited.SyntaxTrees.Last().WithFilePath("Other.cs")))), Describe(afterEdit));
        Assert.Contains(afterEdit, d => d.Id == "EMR001" && d.Location.SourceTree!.FilePath == "Pipelines.cs");
        Assert.Contains(afterEdit, d => d.Id == "EMR001" && d.Location.SourceTree!.FilePath == "Other.cs" && d.Location.GetLineSpan().StartLinePosition.Line == 5);
    }

    /// <summary>Like the Regex or JSON source generators, adds types of its own to every compilation.</summary>
    private sealed class TypeAddingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (output, _) => output.AddSource(
                "Helpers.g.cs",
                "// <auto-generated/>\nnamespace Other.Generated { internal sealed class Helper { } file sealed class FileLocal { } }\n"));
    }

    private static CSharpCompilation Compile() => CSharpCompilation.Create(
        "Shared",
        new[] { CSharpSyntaxTree.ParseText(Source, ParseOptions, "Pipelines.cs") },
        Basic.Reference.Assemblies.Net80.References.All.Append(Verify.Runtime),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static async Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation) =>
        await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()}").OrderBy(d => d, System.StringComparer.Ordinal).ToArray();
}
