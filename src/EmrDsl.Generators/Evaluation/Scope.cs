using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>The values of parameters and locals visible to the code being interpreted; lambdas capture theirs.</summary>
internal sealed class Scope
{
    private readonly Scope? _parent;
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);

    private Scope(Scope? parent) => _parent = parent;

    public static Scope Root() => new(null);

    public Scope Child() => new(this);

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
