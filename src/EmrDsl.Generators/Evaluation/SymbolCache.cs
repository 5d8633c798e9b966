using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Remembers what was computed for a symbol (its runtime type or member) for as long as the symbol lives: the DSL's
/// symbols come from one metadata reference, so every definition of a compilation asks about the same instances.
/// </summary>
internal sealed class SymbolCache<TSymbol, TValue>
    where TSymbol : class, ISymbol
    where TValue : class
{
    private readonly ConditionalWeakTable<TSymbol, Box> _values = new();
    private readonly ConditionalWeakTable<TSymbol, Box>.CreateValueCallback _create;

    public SymbolCache(Func<TSymbol, TValue?> compute) => _create = symbol => new Box(compute(symbol));

    public TValue? this[TSymbol symbol] => _values.GetValue(symbol, _create).Value;

    /// <summary>Holds null results too: a symbol with no runtime counterpart is not looked up again.</summary>
    private sealed class Box
    {
        public Box(TValue? value) => Value = value;

        public TValue? Value { get; }
    }
}
