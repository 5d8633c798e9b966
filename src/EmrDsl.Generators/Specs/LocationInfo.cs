using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// Where something is in source, as plain data: specs must not hold <see cref="Location"/> (it roots the
/// syntax tree and compares by reference, which defeats incremental caching — roslyn#68291).
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location) =>
        location is { IsInSource: true, SourceTree: not null }
            ? new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span)
            : null;

    public static LocationInfo? From(SyntaxNode? node) => From(node?.GetLocation());

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public override string ToString() => $"{FilePath}({LineSpan.Start.Line + 1},{LineSpan.Start.Character + 1})";
}
