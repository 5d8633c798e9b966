using System;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// One semantic model per syntax tree and compilation, shared by every evaluation (a model caches what it has
/// bound, so a base definition used by a thousand definitions is bound once). Where the compiler offers it
/// (Roslyn 4.9 and later, found by reflection since the generator builds against 4.8), the models skip nullable
/// analysis: the evaluator needs bound operations, not nullability, and nullable analysis binds each body twice.
/// </summary>
internal static class SemanticModels
{
    private static readonly Func<Compilation, SyntaxTree, SemanticModel> Create = WithoutNullableAnalysis() ?? ((compilation, tree) => compilation.GetSemanticModel(tree));

    public static SemanticModel For(Compilation compilation, SyntaxTree tree) =>
        GeneratorCaches.SemanticModels.GetValue(compilation, static _ => new ConcurrentDictionary<SyntaxTree, SemanticModel>())
            .GetOrAdd(tree, t => Create(compilation, t));

    /// <summary><c>compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis)</c>, when this compiler has it.</summary>
    private static Func<Compilation, SyntaxTree, SemanticModel>? WithoutNullableAnalysis()
    {
        var optionsType = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions", throwOnError: false);
        if (optionsType is null || !Enum.IsDefined(optionsType, "DisableNullableAnalysis"))
        {
            return null;
        }

        var method = typeof(Compilation).GetMethod(nameof(Compilation.GetSemanticModel), BindingFlags.Public | BindingFlags.Instance, null, new[] { typeof(SyntaxTree), optionsType }, null);
        if (method is null)
        {
            return null;
        }

        var disableNullableAnalysis = Enum.Parse(optionsType, "DisableNullableAnalysis");
        return (compilation, tree) => (SemanticModel)method.Invoke(compilation, new[] { tree, disableNullableAnalysis })!;
    }
}
