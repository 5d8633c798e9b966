using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Remembers what was computed for a symbol (its runtime type or member) for as long as the symbol lives: the DSL's
/// symbols come from one metadata reference, so every definition of a compilation asks about the same instances.
/// </summary>
internal sealed class SymbolCache<TValue>
    where TValue : class
{
    private readonly ConditionalWeakTable<ISymbol, Box> _values = new();

    public TValue? GetOrAdd(ISymbol symbol, Func<ISymbol, TValue?> compute) =>
        _values.GetValue(symbol, s => new Box(compute(s))).Value;

    /// <summary>Holds null results too: a symbol with no runtime counterpart is not looked up again.</summary>
    private sealed class Box
    {
        public Box(TValue? value) => Value = value;

        public TValue? Value { get; }
    }
}
