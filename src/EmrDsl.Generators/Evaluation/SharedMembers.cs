using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The values of a compilation's static members (a shared base cluster, a tag set), each interpreted once per
/// compilation however many definitions read it, kept with the source map records and the syntax trees its
/// evaluation produced so every reader replays them as if it had interpreted the member itself.
/// <para>
/// Only members whose declared type is immutable are kept: DSL builders and specs, strings, primitives and enums.
/// A delegate is not (an interpreted lambda calls back into the evaluator that created it, which records the
/// source map of its calls), nor is an array (the reader could change it).
/// </para>
/// </summary>
internal static class SharedMembers
{
    public static bool CanShare(ISymbol member) => DeclaredType(member) is { } type && IsImmutable(type);

    public static MemberValue GetOrEvaluate(Compilation compilation, ISymbol member, Func<MemberValue> evaluate)
    {
        var values = GeneratorCaches.SharedMembers.GetValue(compilation, static _ => new ConcurrentDictionary<ISymbol, MemberValue>(SymbolEqualityComparer.Default));
        if (values.TryGetValue(member, out var value))
        {
            return value;
        }

        // Evaluated outside GetOrAdd: a failure (an exception) must not be kept, and two threads racing only repeat work.
        value = evaluate();
        return values.GetOrAdd(member, value);
    }

    private static ITypeSymbol? DeclaredType(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    /// <remarks>The DSL's attributes have settable properties; nothing else in the DSL does.</remarks>
    private static bool IsImmutable(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_String or (>= SpecialType.System_Boolean and <= SpecialType.System_Double) ||
        type.TypeKind == TypeKind.Enum ||
        (ClrTypes.IsDsl(type) && (type.TypeKind is TypeKind.Class or TypeKind.Struct) && ClrTypes.Map(type) is { } runtimeType && !typeof(Attribute).IsAssignableFrom(runtimeType));
}

/// <summary>A shared member's value with what its evaluation recorded (source map) and read (syntax trees).</summary>
internal sealed record MemberValue(object? Value, IReadOnlyList<SourceMapRecorder.Recorded> Records, IReadOnlyCollection<SyntaxTree> Trees);
