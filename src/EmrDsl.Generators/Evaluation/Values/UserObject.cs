using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation.Values;

/// <summary>
/// An instance of a class, record or struct declared in the project, as the interpreter holds it: its type and the
/// values of its fields (auto-properties are stored under the property, primary constructor parameters under the
/// parameter). Records compare by value like the compiler's synthesized members; other classes by reference.
/// </summary>
internal sealed class UserObject
{
    private readonly Dictionary<ISymbol, object?> _fields = new(SymbolEqualityComparer.Default);

    public UserObject(INamedTypeSymbol type) => Type = type;

    public INamedTypeSymbol Type { get; }

    /// <summary>The type's own <c>ToString</c> override, interpreted; null when it has none (the synthesized text is used).</summary>
    public System.Func<UserObject, string>? Formatter { get; set; }

    /// <summary>Set once the constructor and the object initializer have run: later writes change an existing value.</summary>
    public bool IsConstructed { get; set; }

    public bool TryGet(ISymbol field, out object? value) => _fields.TryGetValue(field.OriginalDefinition, out value);

    public void Set(ISymbol field, object? value) => _fields[field.OriginalDefinition] = value;

    /// <summary>A copy for <c>with</c> (the record's clone) or for a struct's copy semantics.</summary>
    public UserObject Clone()
    {
        var copy = new UserObject(Type) { IsConstructed = false, Formatter = Formatter };
        foreach (var pair in _fields)
        {
            copy._fields[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>Records and anonymous types compare and print by value.</summary>
    private bool IsRecord => Type.IsRecord || Type.IsAnonymousType;

    public override bool Equals(object? obj)
    {
        if (ReferenceEquals(this, obj))
        {
            return true;
        }

        if (!IsRecord && Type.TypeKind != TypeKind.Struct)
        {
            return false;
        }

        // Primary constructor parameters are kept for the members that read them; the record's fields are what it compares.
        return obj is UserObject other &&
            SymbolEqualityComparer.Default.Equals(Type, other.Type) &&
            _fields.Where(p => p.Key is not IParameterSymbol).All(pair => other._fields.TryGetValue(pair.Key, out var value) && Equals(pair.Value, value)) &&
            other._fields.Where(p => p.Key is not IParameterSymbol).All(pair => _fields.ContainsKey(pair.Key));
    }

    public override int GetHashCode()
    {
        if (!IsRecord && Type.TypeKind != TypeKind.Struct)
        {
            return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
        }

        var hash = SymbolEqualityComparer.Default.GetHashCode(Type);
        foreach (var pair in _fields.Where(p => p.Key is not IParameterSymbol).OrderBy(p => p.Key.Name, System.StringComparer.Ordinal))
        {
            hash = (hash * 31) + (pair.Value?.GetHashCode() ?? 0);
        }

        return hash;
    }

    /// <summary>What the compiler's synthesized record <c>ToString</c> prints: <c>Settings { Name = etl, Cores = 4 }</c>.</summary>
    public override string ToString()
    {
        if (Formatter is { } format)
        {
            return format(this);
        }

        if (Type.IsAnonymousType)
        {
            // The compiler's anonymous type ToString: { Name = etl, Cores = 4 }, members in declaration order.
            var members = _fields.Select(p => $"{p.Key.Name} = {Primitives.Format(p.Value)}").ToList();
            return members.Count == 0 ? "{ }" : "{ " + string.Join(", ", members) + " }";
        }

        if (!IsRecord)
        {
            return Type.ToDisplayString();
        }

        var text = new StringBuilder(Type.Name).Append(" {");
        var first = true;
        foreach (var member in PrintedMembers(Type))
        {
            if (!TryGet(member, out var value))
            {
                continue;
            }

            text.Append(first ? " " : ", ").Append(member.Name).Append(" = ").Append(Primitives.Format(value));
            first = false;
        }

        return text.Append(first ? "}" : " }").ToString();
    }

    /// <summary>Public instance fields and auto-properties, base type first, in declaration order (as the synthesized PrintMembers).</summary>
    private static IEnumerable<ISymbol> PrintedMembers(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is { SpecialType: not SpecialType.System_Object }; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        return chain.SelectMany(t => t.GetMembers()).Where(m =>
            !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared &&
            m is IFieldSymbol or IPropertySymbol { IsIndexer: false, GetMethod: not null } &&
            m.Name != "EqualityContract");
    }
}
