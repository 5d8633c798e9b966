using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Analyzers.Definitions;

/// <summary>
/// The marked definitions (<c>[EmrCluster]</c>, <c>[EmrServerless]</c>, <c>[EmrSteps]</c>) of one compilation, each evaluated at most
/// once however often it is analyzed (the IDE analyzes a compilation again per document and span): the table hangs off
/// the <see cref="Compilation"/> and is keyed by symbol. It also keeps definitions that failed to evaluate, which
/// <see cref="EvaluationCache"/> does not. Evaluation results are pure data, so sharing them across analysis runs is safe.
/// </summary>
internal sealed class EvaluatedDefinitions
{
    private static readonly ConditionalWeakTable<Compilation, EvaluatedDefinitions> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, Lazy<DefinitionEvaluation>> _evaluations = new(SymbolEqualityComparer.Default);

    private EvaluatedDefinitions(Compilation compilation)
    {
        _compilation = compilation;
        Locations = SourceLocations.For(compilation);
    }

    public SourceLocations Locations { get; }

    /// <summary>The definitions of <paramref name="compilation"/>, or null when it does not reference EmrDsl.</summary>
    /// <remarks>
    /// Markers are recognized by their attribute class, not looked up by name in the compilation: a lookup by name
    /// at compilation start would merge every declaration of the compilation before the compiler needs it.
    /// </remarks>
    public static EvaluatedDefinitions? For(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(name => name.Name == ClrTypes.DslAssemblyName)
            ? ByCompilation.GetValue(compilation, static c => new EvaluatedDefinitions(c))
            : null;

    /// <summary>Which marker <paramref name="symbol"/> carries, or null when it is not a definition.</summary>
    public DefinitionKind? KindOf(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && DefinitionKind.MarkedBy(type) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The evaluated definition. Concurrent analyses share one evaluation; when it is cancelled, it is forgotten, and a
    /// caller whose own token is not cancelled evaluates again instead of receiving a cancellation it did not cause.
    /// </summary>
    public DefinitionEvaluation Evaluate(ISymbol definition, DefinitionKind kind, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lazy = _evaluations.GetOrAdd(definition, symbol => new Lazy<DefinitionEvaluation>(() => EvaluateNow(symbol, kind, cancellationToken)));
            try
            {
                return lazy.Value;
            }
            catch (OperationCanceledException)
            {
                // Only this evaluation: another caller may already have started a new one.
                ((ICollection<KeyValuePair<ISymbol, Lazy<DefinitionEvaluation>>>)_evaluations).Remove(new KeyValuePair<ISymbol, Lazy<DefinitionEvaluation>>(definition, lazy));
                cancellationToken.ThrowIfCancellationRequested();
            }
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
