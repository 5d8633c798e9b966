using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Analyzers.Definitions;

/// <summary>
/// Turns a source map's <see cref="LocationInfo"/> (a path and a span) back into a location in one of the
/// compilation's trees, which is what suppression, code fixes and the IDE need.
/// </summary>
internal sealed class SourceLocations
{
    private readonly Lazy<Dictionary<string, SyntaxTree?>> _treesByPath;

    public SourceLocations(Compilation compilation) =>
        _treesByPath = new Lazy<Dictionary<string, SyntaxTree?>>(() => compilation.SyntaxTrees
            .GroupBy(t => t.FilePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First() : null, StringComparer.Ordinal));

    /// <summary>The location in the compilation, or null when no single tree has that path and span.</summary>
    public Location? Find(LocationInfo location) =>
        _treesByPath.Value.TryGetValue(location.FilePath, out var tree) && tree is not null && location.Span.End <= tree.Length
            ? Location.Create(tree, location.Span)
            : null;
}
