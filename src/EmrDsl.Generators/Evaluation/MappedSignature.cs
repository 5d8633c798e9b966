using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// A member symbol's runtime types once its type parameters and the project's types are mapped (the containing type,
/// the type arguments, the parameter types, in that order): equal signatures find the same reflected member, so a
/// generic framework call in a loop over the project's types is looked up once, not once per iteration.
/// </summary>
internal readonly struct MappedSignature : IEquatable<MappedSignature>
{
    private readonly Type[] _types;

    private MappedSignature(Type[] types) => _types = types;

    public static MappedSignature Of(IMethodSymbol symbol, Func<ITypeSymbol, Type> map) =>
        new(new[] { map(symbol.ContainingType) }
            .Concat(symbol.TypeArguments.Select(map))
            .Concat(symbol.Parameters.Select(p => map(p.Type)))
            .ToArray());

    public bool Equals(MappedSignature other) => _types.SequenceEqual(other._types);

    public override bool Equals(object? obj) => obj is MappedSignature other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var type in _types)
        {
            hash = unchecked((hash * 31) + (type?.GetHashCode() ?? 0));
        }

        return hash;
    }
}
