using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// Turns a <see cref="LocationInfo"/> (a path and a span, as equatable specs hold it) back into a location in one of
/// the compilation's trees, which is what <c>#pragma warning disable</c>, <c>[SuppressMessage]</c>, code fixes and the
/// IDE need (a location rebuilt from a path alone is an external file's: roslyn#68291).
/// </summary>
internal sealed class SourceLocations
{
    /// <summary>The locations of <paramref name="compilation"/>'s trees, shared by the generator's report and the analyzers.</summary>
    public static SourceLocations For(Compilation compilation) => GeneratorCaches.SourceLocations.GetValue(compilation, static c => new SourceLocations(c));

    private readonly Lazy<Dictionary<string, SyntaxTree?>> _treesByPath;

    private SourceLocations(Compilation compilation) =>
        _treesByPath = new Lazy<Dictionary<string, SyntaxTree?>>(() => compilation.SyntaxTrees
            .GroupBy(t => t.FilePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First() : null, StringComparer.Ordinal));

    /// <summary>The location in the compilation's tree, else the path-only location (a file outside the compilation).</summary>
    public Location ToLocation(LocationInfo location) => Find(location) ?? location.ToLocation();

    /// <summary>The location in the compilation, or null when no single tree has that path and span.</summary>
    public Location? Find(LocationInfo location) =>
        _treesByPath.Value.TryGetValue(location.FilePath, out var tree) && tree is not null && location.Span.End <= tree.Length
            ? Location.Create(tree, location.Span)
            : null;
}
