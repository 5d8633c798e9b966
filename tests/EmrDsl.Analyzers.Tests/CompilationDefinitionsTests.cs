using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Threading;
using EmrDsl.Generators.Analysis;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmrDsl.Analyzers.Tests;

/// <summary>Analyses running at once share one evaluation of a definition, and only their own cancellation stops them.</summary>
public sealed class CompilationDefinitionsTests
{
    private const string Source = """
        using EmrDsl;
        public static partial class Pipelines
        {
            [EmrCluster] public static Cluster Etl => Cluster.Create("etl").Master("m5.xlarge");
        }
        """;

    [Fact]
    public void A_caller_whose_token_is_live_does_not_receive_the_cancellation_of_the_analysis_it_waited_on()
    {
        var (definitions, symbol, kind) = Definition();

        // Another analysis started the shared evaluation and was cancelled while this one waited on it.
        var shared = new Lazy<DefinitionEvaluation>(() => throw new OperationCanceledException());
        Evaluations(definitions)[symbol] = shared;

        var evaluation = definitions.Evaluate(symbol, kind, CancellationToken.None);

        Assert.NotNull(evaluation.Value);
    }

    [Fact]
    public void A_cancelled_caller_gets_its_cancellation_and_the_next_caller_evaluates_afresh()
    {
        var (definitions, symbol, kind) = Definition();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => definitions.Evaluate(symbol, kind, cancelled.Token));

        Assert.NotNull(definitions.Evaluate(symbol, kind, CancellationToken.None).Value);
    }

    private static (CompilationDefinitions Definitions, ISymbol Symbol, DefinitionKind Kind) Definition()
    {
        var compilation = CSharpCompilation.Create(
            "Evaluated",
            new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.CSharp12), "Pipelines.cs") },
            Basic.Reference.Assemblies.Net80.References.All.Append(Verify.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var definitions = CompilationDefinitions.For(compilation)!;
        var symbol = compilation.GetTypeByMetadataName("Pipelines")!.GetMembers("Etl").Single();
        return (definitions, symbol, CompilationDefinitions.KindOf(symbol)!);
    }

    private static ConcurrentDictionary<ISymbol, Lazy<DefinitionEvaluation>> Evaluations(CompilationDefinitions definitions) =>
        (ConcurrentDictionary<ISymbol, Lazy<DefinitionEvaluation>>)typeof(CompilationDefinitions)
            .GetField("_evaluations", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(definitions)!;
}
