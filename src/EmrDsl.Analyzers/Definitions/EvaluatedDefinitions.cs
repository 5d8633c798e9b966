using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Analyzers.Definitions;

/// <summary>
/// The <c>[EmrCluster]</c> definitions of one compilation, each evaluated at most once however many analyzers
/// (one per rule family) ask for it: the cache hangs off the <see cref="Compilation"/> and is keyed by symbol.
/// Evaluation results are pure data, so sharing them across analyzers and analysis runs is safe.
/// </summary>
internal sealed class EvaluatedDefinitions
{
    private static readonly ConditionalWeakTable<Compilation, EvaluatedDefinitions> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _attribute;
    private readonly ConcurrentDictionary<ISymbol, Lazy<DefinitionEvaluation>> _evaluations = new(SymbolEqualityComparer.Default);

    private EvaluatedDefinitions(Compilation compilation, INamedTypeSymbol attribute)
    {
        _compilation = compilation;
        _attribute = attribute;
        Locations = new SourceLocations(compilation);
    }

    public SourceLocations Locations { get; }

    /// <summary>The definitions of <paramref name="compilation"/>, or null when it does not reference EmrDsl.</summary>
    public static EvaluatedDefinitions? For(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(ClusterAttributeMetadataName) is not { } attribute)
        {
            return null;
        }

        return ByCompilation.GetValue(compilation, c => new EvaluatedDefinitions(c, attribute));
    }

    public const string ClusterAttributeMetadataName = "EmrDsl.EmrClusterAttribute";

    public bool IsDefinition(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _attribute));

    /// <summary>The evaluated definition; a cancelled evaluation is forgotten so the next request starts afresh.</summary>
    public DefinitionEvaluation Evaluate(ISymbol definition, CancellationToken cancellationToken)
    {
        var lazy = _evaluations.GetOrAdd(definition, symbol => new Lazy<DefinitionEvaluation>(() => EvaluateNow(symbol, cancellationToken)));
        try
        {
            return lazy.Value;
        }
        catch (OperationCanceledException)
        {
            _evaluations.TryRemove(definition, out _);
            throw;
        }
    }

    private DefinitionEvaluation EvaluateNow(ISymbol definition, CancellationToken cancellationToken)
    {
        var declaration = definition.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        return declaration is null
            ? DefinitionEvaluation.DoesNotCompile
            : DefinitionEvaluator.Evaluate(definition, declaration, _compilation, cancellationToken);
    }
}
