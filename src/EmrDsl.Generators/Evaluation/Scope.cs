using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The values of parameters and locals visible to the code being interpreted, and the call they belong to
/// (<see cref="Frame"/>: <c>this</c>, type arguments); lambdas and local functions capture theirs.
/// </summary>
internal sealed class Scope
{
    private readonly Scope? _parent;
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);

    private Scope(Scope? parent, Frame frame)
    {
        _parent = parent;
        Frame = frame;
    }

    public Frame Frame { get; }

    public static Scope Root(Frame frame) => new(null, frame);

    public Scope Child() => new(this, Frame);

    /// <summary>A scope for a call that sees this scope's variables (a local function's body), with the call's own frame.</summary>
    public Scope Enter(Frame frame) => new(this, frame);

    public void Declare(ISymbol symbol, object? value) => _values[symbol] = value;

    public bool TryGet(ISymbol symbol, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values.TryGetValue(symbol, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    public bool TryAssign(ISymbol symbol, object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values.ContainsKey(symbol))
            {
                scope._values[symbol] = value;
                return true;
            }
        }

        return false;
    }
}
