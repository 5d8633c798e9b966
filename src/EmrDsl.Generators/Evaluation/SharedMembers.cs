using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The values of the project's static members (a shared base cluster, a tag set), each interpreted once however many
/// definitions read it, and again only when a tree its evaluation read changes (the rule of
/// <see cref="SyntaxTreeCache{TKey,TResult}"/>, as for whole definitions): after an edit to one definition, the base
/// it is built from is not interpreted again. Each value is kept with the source map records and the syntax trees its
/// evaluation produced, so every reader replays them as if it had interpreted the member itself.
/// <para>
/// Only members whose declared type is immutable and holds nothing of a compilation are kept: DSL builders and specs,
/// strings, primitives and the DSL's and framework's enums. A delegate is not (an interpreted lambda calls back into
/// the evaluator that created it, which records the source map of its calls), nor is an array (the reader could
/// change it), nor a value of the project's own enums (it holds the enum's symbol).
/// </para>
/// </summary>
internal static class SharedMembers
{
    /// <summary>How many shared members were interpreted rather than taken from the cache (for tests and benchmarks).</summary>
    public static int Interpretations => GeneratorCaches.SharedMembers.Misses;

    public static bool CanShare(ISymbol member) => DeclaredType(member) is { } type && IsImmutable(type);

    public static MemberValue GetOrEvaluate(Compilation compilation, ISymbol member, Func<MemberValue> evaluate)
    {
        if (member.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree is not { } tree)
        {
            return evaluate();
        }

        // The display string tells apart the members of two constructions of a generic type (Shared<int>.Base).
        var key = member.ToDisplayString();
        if (GeneratorCaches.SharedMembers.Find(tree, key, compilation) is { } kept)
        {
            return kept;
        }

        // A failure (an exception) is not kept; two threads racing only repeat work.
        var value = evaluate();
        GeneratorCaches.SharedMembers.Store(tree, key, compilation, value.Trees, value);
        return value;
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
        (type.TypeKind == TypeKind.Enum && ClrTypes.Map(type) is not null) ||
        (ClrTypes.IsDsl(type) && (type.TypeKind is TypeKind.Class or TypeKind.Struct) && ClrTypes.Map(type) is { } runtimeType && !typeof(Attribute).IsAssignableFrom(runtimeType));
}

/// <summary>A shared member's value with what its evaluation recorded (source map) and read (syntax trees).</summary>
internal sealed record MemberValue(object? Value, IReadOnlyList<SourceMapRecorder.Recorded> Records, IReadOnlyCollection<SyntaxTree> Trees);
