using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EmrDsl.Generators;
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
