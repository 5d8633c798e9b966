using System.Collections.Generic;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// Whole parse results (artifacts written, diagnostics collected) kept across generator runs, so that after an edit
/// an unaffected definition costs one lookup instead of a parse and four payloads written again. A result is
/// reused while its own declaration, the trees its evaluation read and the declarations of its containing types
/// (partial or not, other members of the same name) are unchanged, and the attribute's arguments are the same.
/// Only definitions that evaluated are kept, as in <see cref="EvaluationCache"/>.
/// </summary>
internal static class DefinitionCache
{
    /// <summary>How many definitions were looked up and not found, so were parsed (for tests and benchmarks).</summary>
    public static int Misses => GeneratorCaches.Definitions.Misses;

    public static Definition? Find(Key key, Compilation compilation) => GeneratorCaches.Definitions.Find(key.Declaration.SyntaxTree, key, compilation);

    /// <summary>Whether <see cref="Find"/> would find <paramref name="key"/>, without counting the lookup.</summary>
    public static bool Has(Key key, Compilation compilation) => GeneratorCaches.Definitions.Has(key.Declaration.SyntaxTree, key, compilation);

    public static void Store(Key key, Compilation compilation, IEnumerable<SyntaxTree> dependencies, Definition definition) =>
        GeneratorCaches.Definitions.Store(key.Declaration.SyntaxTree, key, compilation, dependencies, definition);

    /// <param name="Declaration">The marked member's declaration: the same instance as long as its file is unchanged.</param>
    internal readonly record struct Key(SyntaxNode Declaration, DefinitionKind Kind, string? FileName, ArtifactOptions Options);
}
