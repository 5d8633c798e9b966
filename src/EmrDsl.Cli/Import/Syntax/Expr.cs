using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Cli.Import.Syntax;

/// <summary>
/// A C# expression the importer writes. It prints on one line when it fits in <see cref="LineWidth"/>,
/// else over indented lines; either way the text is a pure function of the tree, so output is deterministic.
/// </summary>
internal abstract class Expr
{
    public const int LineWidth = 120;

    protected const int IndentSize = 4;

    /// <summary>The one-line form, or null when the expression must span lines.</summary>
    public abstract string? Inline { get; }

    /// <summary>The text when the expression starts at column <paramref name="indent"/> (continuation lines are indented from there).</summary>
    public string Render(int indent) => Inline is { } line && indent + line.Length <= LineWidth ? line : RenderLines(indent);

    protected abstract string RenderLines(int indent);

    protected static string Pad(int indent) => new(' ', indent);

    protected static string? JoinInline(IEnumerable<Expr> items)
    {
        var parts = items.Select(i => i.Inline).ToList();
        return parts.Any(p => p is null) ? null : string.Join(", ", parts);
    }
}

/// <summary>A literal, a name or any other code that always fits on one line.</summary>
internal sealed class Token : Expr
{
    public Token(string text) => Text = text;

    public string Text { get; }

    public override string Inline => Text;

    protected override string RenderLines(int indent) => Text;
}
