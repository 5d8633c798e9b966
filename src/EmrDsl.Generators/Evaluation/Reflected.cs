using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Finds the runtime member a Roslyn symbol stands for, in the generator's own copy of the DSL (or the
/// compiler's framework). Roslyn has already resolved the overload; this matches it by exact parameter types.
/// </summary>
internal static class Reflected
{
    private const BindingFlags AnyMember =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static readonly SymbolCache<IMethodSymbol, MethodInfo> Methods = new(FindMethod);
    private static readonly SymbolCache<IMethodSymbol, ConstructorInfo> Constructors = new(FindConstructor);
    private static readonly SymbolCache<IPropertySymbol, PropertyInfo> Properties = new(FindProperty);
    private static readonly SymbolCache<IFieldSymbol, FieldInfo> Fields = new(symbol => ClrTypes.Map(symbol.ContainingType)?.GetField(symbol.Name, AnyMember));

    public static MethodInfo? Method(IMethodSymbol symbol) => Methods[symbol];

    public static ConstructorInfo? Constructor(IMethodSymbol symbol) => Constructors[symbol];

    public static PropertyInfo? Property(IPropertySymbol symbol) => Properties[symbol];

    public static FieldInfo? Field(IFieldSymbol symbol) => Fields[symbol];

    private static MethodInfo? FindMethod(IMethodSymbol symbol)
    {
        var type = ClrTypes.Map(symbol.ContainingType);
        var parameters = ParameterTypes(symbol);
        if (type is null || parameters is null)
        {
            return null;
        }

        var typeArguments = symbol.TypeArguments.Select(ClrTypes.Map).ToArray();
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

    private static ConstructorInfo? FindConstructor(IMethodSymbol symbol)
    {
        var type = ClrTypes.Map(symbol.ContainingType);
        var parameters = ParameterTypes(symbol);
        return type is null || parameters is null
            ? null
            : type.GetConstructors(AnyMember).FirstOrDefault(c => Matches(c.GetParameters(), parameters));
    }

    private static PropertyInfo? FindProperty(IPropertySymbol symbol)
    {
        var type = ClrTypes.Map(symbol.ContainingType);
        var parameters = symbol.Parameters.Select(p => ClrTypes.Map(p.Type)).ToArray();
        return type?.GetProperties(AnyMember).FirstOrDefault(p =>
            p.Name == symbol.MetadataName &&
            p.GetIndexParameters().Select(i => i.ParameterType).SequenceEqual(parameters));
    }

    private static Type[]? ParameterTypes(IMethodSymbol symbol)
    {
        var types = new Type[symbol.Parameters.Length];
        for (var i = 0; i < types.Length; i++)
        {
            var parameter = symbol.Parameters[i];
            var type = parameter.RefKind == RefKind.None ? ClrTypes.Map(parameter.Type) : null;
            if (type is null)
            {
                return null;
            }

            types[i] = type;
        }

        return types;
    }

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
