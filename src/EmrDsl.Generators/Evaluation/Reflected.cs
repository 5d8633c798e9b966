using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Finds the runtime member a Roslyn symbol stands for, in the generator's own copy of the DSL (or the
/// compiler's framework). Roslyn has already resolved the overload; this matches it by exact parameter types.
/// </summary>
internal static class Reflected
{
    private const BindingFlags AnyMember =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    // Kept per symbol for as long as it lives (GeneratorCaches.RuntimeMembers); members whose runtime types depend on the
    // caller's mapping (generic methods over the project's types) by symbol and mapped signature (MappedMembers).
    public static MethodInfo? Method(IMethodSymbol symbol) => (MethodInfo?)GeneratorCaches.RuntimeMembers.Get(symbol, static s => FindMethod((IMethodSymbol)s));

    /// <summary>
    /// The method for a symbol that may involve type parameters or the project's types (<c>Select&lt;Settings, Step&gt;</c>),
    /// mapped by the caller's <paramref name="map"/>; symbols of known types alone come from the cache.
    /// </summary>
    public static MethodInfo? Method(IMethodSymbol symbol, Func<ITypeSymbol, Type> map) =>
        Method(symbol) ?? (MethodInfo?)Mapped(symbol, map, static (s, m) => FindMethod(s, m));

    public static ConstructorInfo? Constructor(IMethodSymbol symbol, Func<ITypeSymbol, Type> map) =>
        (ConstructorInfo?)GeneratorCaches.RuntimeMembers.Get(symbol, static s => FindConstructor((IMethodSymbol)s))
        ?? (ConstructorInfo?)Mapped(symbol, map, static (s, m) => FindConstructor(s, m));

    public static PropertyInfo? Property(IPropertySymbol symbol, Func<ITypeSymbol, Type> map) =>
        (PropertyInfo?)GeneratorCaches.RuntimeMembers.Get(symbol, static s => FindProperty((IPropertySymbol)s)) ?? FindProperty(symbol, map);

    public static FieldInfo? Field(IFieldSymbol symbol, Func<ITypeSymbol, Type> map) =>
        (FieldInfo?)GeneratorCaches.RuntimeMembers.Get(symbol, static s => RuntimeField((IFieldSymbol)s)) ?? map(symbol.ContainingType).GetField(TupleFieldName(symbol), AnyMember);

    private static MethodBase? Mapped(IMethodSymbol symbol, Func<ITypeSymbol, Type> map, Func<IMethodSymbol, Func<ITypeSymbol, Type>, MethodBase?> find) =>
        GeneratorCaches.MappedMembers.GetValue(symbol, static _ => new()).GetOrAdd(MappedSignature.Of(symbol, map), _ => find(symbol, map));

    private static MethodInfo? FindMethod(IMethodSymbol symbol) => FindMethod(symbol, ClrTypes.Map);

    private static FieldInfo? RuntimeField(IFieldSymbol symbol) => ClrTypes.Map(symbol.ContainingType)?.GetField(TupleFieldName(symbol), AnyMember);

    private static MethodInfo? FindMethod(IMethodSymbol symbol, Func<ITypeSymbol, Type?> map)
    {
        var type = map(symbol.ContainingType);
        var parameters = ParameterTypes(symbol, map);
        if (type is null || parameters is null)
        {
            return null;
        }

        var typeArguments = symbol.TypeArguments.Select(map).ToArray();
        if (typeArguments.Any(t => t is null))
        {
            return null;
        }

        foreach (var candidate in type.GetMethods(AnyMember))
        {
            if (candidate.Name != symbol.Name || candidate.GetGenericArguments().Length != symbol.Arity)
            {
                continue;
            }

            var method = symbol.Arity == 0 ? candidate : Construct(candidate, typeArguments!);
            if (method is not null && Matches(method.GetParameters(), parameters))
            {
                return method;
            }
        }

        return null;
    }

    private static ConstructorInfo? FindConstructor(IMethodSymbol symbol) => FindConstructor(symbol, ClrTypes.Map);

    private static ConstructorInfo? FindConstructor(IMethodSymbol symbol, Func<ITypeSymbol, Type?> map)
    {
        var type = map(symbol.ContainingType);
        var parameters = ParameterTypes(symbol, map);
        return type is null || parameters is null
            ? null
            : type.GetConstructors(AnyMember).FirstOrDefault(c => Matches(c.GetParameters(), parameters));
    }

    private static PropertyInfo? FindProperty(IPropertySymbol symbol) => FindProperty(symbol, ClrTypes.Map);

    private static PropertyInfo? FindProperty(IPropertySymbol symbol, Func<ITypeSymbol, Type?> map)
    {
        var type = map(symbol.ContainingType);
        var parameters = symbol.Parameters.Select(p => map(p.Type)).ToArray();
        return type?.GetProperties(AnyMember).FirstOrDefault(p =>
            p.Name == symbol.MetadataName &&
            p.GetIndexParameters().Select(i => i.ParameterType).SequenceEqual(parameters));
    }

    private static Type[]? ParameterTypes(IMethodSymbol symbol, Func<ITypeSymbol, Type?> map)
    {
        var types = new Type[symbol.Parameters.Length];
        for (var i = 0; i < types.Length; i++)
        {
            var parameter = symbol.Parameters[i];
            var type = map(parameter.Type);
            if (type is not null && parameter.RefKind != RefKind.None)
            {
                // out, ref and in parameters: reflection writes the results back into the argument array.
                type = type.MakeByRefType();
            }

            if (type is null)
            {
                return null;
            }

            types[i] = type;
        }

        return types;
    }

    /// <summary>A named tuple element (<c>t.Name</c>) is the runtime's ItemN field.</summary>
    private static string TupleFieldName(IFieldSymbol symbol) => symbol.CorrespondingTupleField?.Name ?? symbol.Name;

    private static MethodInfo? Construct(MethodInfo definition, Type[] typeArguments)
    {
        try
        {
            return definition.MakeGenericMethod(typeArguments);
        }
        catch (ArgumentException)
        {
            // The type arguments violate this candidate's constraints: it is not the overload Roslyn chose.
            return null;
        }
    }

    private static bool Matches(ParameterInfo[] actual, Type[] expected) =>
        actual.Length == expected.Length && actual.Select(p => p.ParameterType).SequenceEqual(expected);
}
