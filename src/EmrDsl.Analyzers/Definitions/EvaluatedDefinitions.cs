using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Analyzers.Definitions;

/// <summary>
/// The marked definitions (<c>[EmrCluster]</c>, <c>[EmrServerless]</c>) of one compilation, each evaluated at most
/// once however many analyzers (one per rule family) ask for it: the table hangs off the <see cref="Compilation"/>
/// and is keyed by symbol. Evaluation results are pure data, so sharing them across analyzers and analysis runs is safe.
/// </summary>
internal sealed class EvaluatedDefinitions
{
    private static readonly ConditionalWeakTable<Compilation, EvaluatedDefinitions> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly Dictionary<INamedTypeSymbol, DefinitionKind> _attributes;
    private readonly ConcurrentDictionary<ISymbol, Lazy<DefinitionEvaluation>> _evaluations = new(SymbolEqualityComparer.Default);

    private EvaluatedDefinitions(Compilation compilation, Dictionary<INamedTypeSymbol, DefinitionKind> attributes)
    {
        _compilation = compilation;
        _attributes = attributes;
        Locations = new SourceLocations(compilation);
    }

    public SourceLocations Locations { get; }

    /// <summary>The definitions of <paramref name="compilation"/>, or null when it does not reference EmrDsl.</summary>
    public static EvaluatedDefinitions? For(Compilation compilation) =>
        ByCompilation.GetValue(compilation, Create) is { _attributes.Count: > 0 } definitions ? definitions : null;

    private static EvaluatedDefinitions Create(Compilation compilation)
    {
        var attributes = new Dictionary<INamedTypeSymbol, DefinitionKind>(SymbolEqualityComparer.Default);
        foreach (var kind in DefinitionKind.All)
        {
            if (compilation.GetTypeByMetadataName(kind.AttributeMetadataName) is { } attribute)
            {
                attributes.Add(attribute, kind);
            }
        }

        return new EvaluatedDefinitions(compilation, attributes);
    }

    /// <summary>Which marker <paramref name="symbol"/> carries, or null when it is not a definition.</summary>
    public DefinitionKind? KindOf(ISymbol symbol) =>
        symbol.GetAttributes().Select(a => a.AttributeClass is { } type && _attributes.TryGetValue(type, out var kind) ? kind : null).FirstOrDefault(k => k is not null);

    /// <summary>The evaluated definition; a cancelled evaluation is forgotten so the next request starts afresh.</summary>
    public DefinitionEvaluation Evaluate(ISymbol definition, DefinitionKind kind, CancellationToken cancellationToken)
    {
        var lazy = _evaluations.GetOrAdd(definition, symbol => new Lazy<DefinitionEvaluation>(() => EvaluateNow(symbol, kind, cancellationToken)));
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

    private DefinitionEvaluation EvaluateNow(ISymbol definition, DefinitionKind kind, CancellationToken cancellationToken)
    {
        var declaration = definition.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        return declaration is null
            ? DefinitionEvaluation.DoesNotCompile
            : DefinitionEvaluator.Evaluate(definition, declaration, kind, _compilation, cancellationToken);
    }
}
