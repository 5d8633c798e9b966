using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Evaluation results kept across generator runs (and analysis runs), so an edit costs only the definitions it can
/// affect. The generator's parse step runs for every definition on every compilation change (its syntax may be
/// unchanged while what it binds to is not); equal outputs keep the later steps cached, but the evaluation itself
/// would be repeated.
/// <para>
/// A result is kept with the syntax trees it depended on (<see cref="EvaluationDependencies"/>: the bodies it
/// interpreted and the declarations of the source symbols they name) and reused while all of them are unchanged
/// (<see cref="SyntaxTreeCache{TKey,TResult}"/>): an edit to a base definition in another file re-evaluates every
/// definition built from it, and nothing else.
/// </para>
/// <para>
/// Only successful evaluations are kept: a failure may be fixed by code the evaluation never reached (a helper
/// declared later in a new file), and failures are few and fail fast. What is not tracked is a new declaration that
/// captures a name unchanged code binds to without adding a type (a same-named member in another part of a partial
/// type, a closer extension method); that result stays until the definition or a dependency is edited. Command-line
/// builds parse every file afresh, so artifacts written by a build never come from a previous build's results.
/// </para>
/// </summary>
internal static class EvaluationCache
{
    /// <summary>How many definitions were evaluated rather than taken from the cache (for tests and benchmarks).</summary>
    public static int Evaluations => GeneratorCaches.Evaluations.Misses;

    /// <summary>The cached result for <paramref name="member"/>, if every tree it depended on is unchanged in <paramref name="compilation"/>.</summary>
    public static DefinitionEvaluation? Find(ISymbol member, SyntaxTree tree, DefinitionKind kind, Compilation compilation) =>
        GeneratorCaches.Evaluations.Find(tree, Key(member, kind), compilation);

    /// <summary>Keeps the result when the evaluation succeeded.</summary>
    public static void Store(ISymbol member, SyntaxTree tree, DefinitionKind kind, Compilation compilation, DefinitionEvaluation result)
    {
        if (result.Value is not null)
        {
            GeneratorCaches.Evaluations.Store(tree, Key(member, kind), compilation, result.Dependencies, result);
        }
    }

    private static (string, DefinitionKind) Key(ISymbol member, DefinitionKind kind) =>
        (member.GetDocumentationCommentId() ?? member.ToDisplayString(), kind);
}
