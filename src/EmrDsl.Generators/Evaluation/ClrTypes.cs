using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Maps the consuming compilation's types to the generator's own runtime types: DSL types to the copies
/// compiled into this assembly (shared source), framework types to the compiler process's framework.
/// </summary>
internal static class ClrTypes
{
    /// <summary>The name of the runtime assembly whose types the generator carries its own copies of.</summary>
    public const string DslAssemblyName = "EmrDsl";

    private static readonly System.Reflection.Assembly Dsl = typeof(Cluster).Assembly;

    private static readonly System.Reflection.Assembly[] Framework =
    {
        typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Uri).Assembly, typeof(HashSet<>).Assembly,
        typeof(SortedDictionary<,>).Assembly, typeof(Queue<>).Assembly, typeof(System.Collections.Immutable.ImmutableArray).Assembly,
        typeof(System.Text.StringBuilder).Assembly,
    };

    public static bool IsDsl(ISymbol symbol) => symbol.ContainingAssembly?.Name == DslAssemblyName;


    public static Type? Map(ITypeSymbol symbol) => GeneratorCaches.ClrTypes.Get(symbol, Find);

    private static Type? Find(ITypeSymbol symbol)
    {
        switch (symbol)
        {
            case IArrayTypeSymbol { IsSZArray: true } array:
                return Map(array.ElementType)?.MakeArrayType();
            case INamedTypeSymbol { IsGenericType: true, IsUnboundGenericType: false } generic when !SymbolEqualityComparer.Default.Equals(generic, generic.ConstructedFrom):
                var definition = Map(generic.ConstructedFrom);
                var arguments = generic.TypeArguments.Select(Map).ToArray();
                return definition is null || arguments.Any(a => a is null) ? null : definition.MakeGenericType(arguments!);
            case INamedTypeSymbol named:
                return FindByMetadataName(named);
            default:
                return null;
        }
    }

    private static Type? FindByMetadataName(INamedTypeSymbol named)
    {
        var name = MetadataName(named);
        if (IsDsl(named))
        {
            return Dsl.GetType(name, throwOnError: false);
        }

        return IsFramework(named) ? Framework.Select(a => a.GetType(name, throwOnError: false)).FirstOrDefault(t => t is not null) : null;
    }

    private static bool IsFramework(INamedTypeSymbol named)
    {
        var root = named.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name == "System";
    }

    /// <summary>The reflection name: <c>Ns.Outer+Inner`1</c>.</summary>
    private static string MetadataName(INamedTypeSymbol named)
    {
        var parts = new List<string>();
        for (ISymbol? symbol = named; symbol is INamedTypeSymbol type; symbol = type.ContainingType)
        {
            parts.Insert(0, type.MetadataName);
        }

        var typeName = string.Join("+", parts);
        var ns = named.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? typeName : ns.ToDisplayString() + "." + typeName;
    }
}
