using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Caching;

/// <summary>
/// Results kept across compilations for as long as the code they were computed from is unchanged. A result hangs
/// off the syntax tree of the definition it belongs to (editing that file makes a new tree instance, so its
/// results are forgotten and collected with the old tree) and lists every other tree it was computed from; Roslyn
/// reuses the tree instance of every unchanged file in the next compilation, so a result is reused exactly when
/// the new compilation still contains each of those trees and has the same <see cref="CompilationFacts"/>.
/// </summary>
internal sealed class SyntaxTreeCache<TKey, TResult> : CountedCache
    where TResult : class
{
    private readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<TKey, Entry>> _byTree = new();

    public SyntaxTreeCache(string name)
        : base(name)
    {
    }

    /// <summary>The result stored for <paramref name="key"/>, if every tree it was computed from is unchanged in <paramref name="compilation"/>.</summary>
    /// <param name="tree">The tree the result hangs off: one of <paramref name="compilation"/>'s (where the caller found the declaration).</param>
    public TResult? Find(SyntaxTree tree, TKey key, Compilation compilation)
    {
        var found = Lookup(tree, key, compilation);
        if (found is null)
        {
            Miss();
        }
        else
        {
            Hit();
        }

        return found;
    }

    /// <summary>Whether <see cref="Find"/> would find a result, without counting a hit or a miss.</summary>
    public bool Has(SyntaxTree tree, TKey key, Compilation compilation) => Lookup(tree, key, compilation) is not null;

    /// <remarks>
    /// <paramref name="tree"/> itself is not kept among the dependencies: a lookup comes with a tree of the compilation, and
    /// each <see cref="Compilation.ContainsSyntaxTree"/> costs a lookup in an immutable map (a third of the 1,000 lookups'
    /// time after an edit, bench/README.md).
    /// </remarks>
    public void Store(SyntaxTree tree, TKey key, Compilation compilation, IEnumerable<SyntaxTree> dependencies, TResult result) =>
        _byTree.GetValue(tree, static _ => new ConcurrentDictionary<TKey, Entry>())[key] =
            new Entry(CompilationFacts.Of(compilation), dependencies.Where(dependency => dependency != tree).Distinct().ToArray(), result);

    private TResult? Lookup(SyntaxTree tree, TKey key, Compilation compilation) =>
        _byTree.TryGetValue(tree, out var entries) && entries.TryGetValue(key, out var entry) &&
        ReferenceEquals(entry.Facts, CompilationFacts.Of(compilation)) && entry.Dependencies.All(compilation.ContainsSyntaxTree)
            ? entry.Result
            : null;

    private sealed record Entry(CompilationFacts Facts, SyntaxTree[] Dependencies, TResult Result);
}
