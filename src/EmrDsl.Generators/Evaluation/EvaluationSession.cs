using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// What every evaluator working for one definition shares: the members being evaluated (to find cycles), the step
/// budget, and the static state the definition read. Lives for one definition's evaluation.
/// </summary>
internal sealed class EvaluationSession
{
    /// <summary>The parameterless members being evaluated, outermost first.</summary>
    public List<ISymbol> Definitions { get; } = new();

    public EvaluationBudget Budget { get; } = new();

    /// <summary>
    /// Static fields and auto-property initializers already evaluated: read again, they give the same instance, as a
    /// static field does when the program runs.
    /// </summary>
    public Dictionary<ISymbol, object?> StaticValues { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Mutable objects reached from static state (a static list, an array in a static settings object). Changing one
    /// would make the definition depend on what ran before it, so writes to them are refused.
    /// </summary>
    public ConditionalWeakTable<object, object> StaticObjects { get; } = new();

    /// <summary>The project's types whose static constructor has run (or is running) in this evaluation.</summary>
    public HashSet<ITypeSymbol> InitializedTypes { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The types whose static constructor is running: it alone may assign their static fields.</summary>
    public HashSet<ITypeSymbol> InitializingTypes { get; } = new(SymbolEqualityComparer.Default);

    public bool IsStatic(object? value) => value is not null && StaticObjects.TryGetValue(value, out _);

    public void MarkStatic(object? value)
    {
        if (value is not null && !value.GetType().IsValueType && value is not string && !IsStatic(value))
        {
            StaticObjects.Add(value, value);
        }
    }
}
