using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Caching;

/// <summary>
/// Remembers what was computed for a symbol (its runtime type or member) for as long as the symbol lives: the DSL's
/// symbols come from one metadata reference, so every definition of a compilation asks about the same instances.
/// </summary>
internal sealed class SymbolCache<TSymbol, TValue> : CountedCache
    where TSymbol : class, ISymbol
    where TValue : class
{
    private readonly ConditionalWeakTable<TSymbol, Box> _values = new();

    public SymbolCache(string name)
        : base(name)
    {
    }

    /// <summary>The value for <paramref name="symbol"/>, computed by <paramref name="compute"/> the first time (null included).</summary>
    public TValue? Get(TSymbol symbol, Func<TSymbol, TValue?> compute)
    {
        if (_values.TryGetValue(symbol, out var box))
        {
            Hit();
            return box.Value;
        }

        var start = Stopwatch.GetTimestamp();
        var value = _values.GetValue(symbol, s => new Box(compute(s))).Value;
        Miss(start);
        return value;
    }

    /// <summary>Holds null results too: a symbol with no runtime counterpart is not looked up again.</summary>
    private sealed class Box
    {
        public Box(TValue? value) => Value = value;

        public TValue? Value { get; }
    }
}
