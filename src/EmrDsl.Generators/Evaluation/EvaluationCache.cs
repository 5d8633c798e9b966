using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Evaluation results kept across generator runs (and analysis runs), so an edit costs only the definitions it can
/// affect. Roslyn re-runs a ForAttributeWithMetadataName transform for every definition on every compilation
/// change; equal outputs keep the later steps cached, but the evaluation itself would be repeated.
/// <para>
/// Design. Results hang off the definition's <see cref="SyntaxTree"/> in a <see cref="ConditionalWeakTable{TKey,TValue}"/>:
/// editing that file makes a new tree instance, so its results are forgotten (and collected with the old tree).
/// Each result also lists every tree the evaluation depended on (<see cref="EvaluationDependencies"/>: the bodies it
/// interpreted and the declarations of the source symbols they name) and the <see cref="CompilationFacts"/> it was
/// bound under (the EmrDsl reference, the compilation options, the declared type and namespace names). Roslyn reuses
/// the tree instance of every unchanged file in the next compilation, so a result is reused exactly when the new
/// compilation still contains each of those tree instances and has the same facts; an edit to a base definition in
/// another file therefore re-evaluates every definition built from it, and nothing else.
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
    private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<(string Member, DefinitionKind Kind), Entry>> ByTree = new();

    private static int s_evaluations;

    /// <summary>How many definitions were evaluated rather than taken from the cache (for tests and benchmarks).</summary>
    public static int Evaluations => Volatile.Read(ref s_evaluations);

    /// <summary>The cached result for <paramref name="member"/>, if every tree it depended on is unchanged in <paramref name="compilation"/>.</summary>
    public static DefinitionEvaluation? Find(ISymbol member, SyntaxTree tree, DefinitionKind kind, Compilation compilation)
    {
        if (!ByTree.TryGetValue(tree, out var entries) || !entries.TryGetValue(Key(member, kind), out var entry))
        {
            return null;
        }

        return ReferenceEquals(entry.Facts, CompilationFacts.Of(compilation)) && entry.Dependencies.All(compilation.ContainsSyntaxTree)
            ? entry.Result
            : null;
    }

    /// <summary>Counts an evaluation and keeps its result when it succeeded.</summary>
    public static void Store(ISymbol member, SyntaxTree tree, DefinitionKind kind, Compilation compilation, IReadOnlyCollection<SyntaxTree> dependencies, DefinitionEvaluation result)
    {
        Interlocked.Increment(ref s_evaluations);
        if (result.Value is null)
        {
            return;
        }

        ByTree.GetValue(tree, static _ => new ConcurrentDictionary<(string, DefinitionKind), Entry>())[Key(member, kind)] =
            new Entry(CompilationFacts.Of(compilation), dependencies.ToArray(), result);
    }

    private static (string, DefinitionKind) Key(ISymbol member, DefinitionKind kind) =>
        (member.GetDocumentationCommentId() ?? member.ToDisplayString(), kind);

    private sealed record Entry(CompilationFacts Facts, SyntaxTree[] Dependencies, DefinitionEvaluation Result);
}
