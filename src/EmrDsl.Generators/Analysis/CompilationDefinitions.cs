using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Analysis;

/// <summary>
/// The marked definitions (<c>[EmrCluster]</c>, <c>[EmrServerless]</c>, <c>[EmrSteps]</c>, ...) of one compilation, each
/// evaluated at most once however often it is analyzed (the IDE analyzes a compilation again per document and span):
/// the table hangs off the <see cref="Compilation"/> and is keyed by symbol. It also keeps definitions that failed to
/// evaluate, which <see cref="EvaluationCache"/> does not. Evaluation results are pure data, so sharing them across
/// analysis runs is safe.
/// <para>
/// With <see cref="EvaluatedDefinition"/>, this is the whole of what the analyzers use of this assembly: they see
/// a definition's value and where its findings go, not the evaluator, its caches or the generator's specs.
/// </para>
/// </summary>
public sealed class CompilationDefinitions
{
    private readonly Compilation _compilation;
    private readonly SourceLocations _locations;
    private readonly ConcurrentDictionary<ISymbol, Lazy<DefinitionEvaluation>> _evaluations = new(SymbolEqualityComparer.Default);

    private CompilationDefinitions(Compilation compilation)
    {
        _compilation = compilation;
        _locations = SourceLocations.For(compilation);
    }

    /// <summary>The definitions of <paramref name="compilation"/>, or null when it does not reference EmrDsl.</summary>
    /// <remarks>
    /// Markers are recognized by their attribute class, not looked up by name in the compilation: a lookup by name
    /// at compilation start would merge every declaration of the compilation before the compiler needs it.
    /// </remarks>
    public static CompilationDefinitions? For(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(name => name.Name == ClrTypes.DslAssemblyName)
            ? GeneratorCaches.AnalyzedDefinitions.GetValue(compilation, static c => new CompilationDefinitions(c))
            : null;

    /// <summary>
    /// The evaluated definition <paramref name="symbol"/> declares, or null when it is not a marked definition or does
    /// not evaluate (the generator reports why: EMRG001 and the others).
    /// </summary>
    public EvaluatedDefinition? Evaluate(ISymbol symbol, CancellationToken cancellationToken) =>
        KindOf(symbol) is { } kind && Evaluate(symbol, kind, cancellationToken) is { Value: { } value, SourceMap: { } sourceMap }
            ? new EvaluatedDefinition(value, sourceMap, _locations)
            : null;

    /// <summary>Which marker <paramref name="symbol"/> carries, or null when it is not a definition.</summary>
    internal static DefinitionKind? KindOf(ISymbol symbol)
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
    /// The evaluation. Concurrent analyses share one; when it is cancelled, it is forgotten, and a caller whose own
    /// token is not cancelled evaluates again instead of receiving a cancellation it did not cause.
    /// </summary>
    internal DefinitionEvaluation Evaluate(ISymbol definition, DefinitionKind kind, CancellationToken cancellationToken)
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
