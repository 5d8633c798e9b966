using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EmrDsl.Cli.Import.Syntax;

/// <summary>A fluent chain <c>head.A(...).B(...)</c>; split one call per line when long, or always when <see cref="OneCallPerLine"/>.</summary>
internal sealed class Chain : Expr
{
    public Chain(string head, IEnumerable<Call> calls, bool oneCallPerLine = false)
    {
        Head = head;
        Calls = calls.ToList();
        OneCallPerLine = oneCallPerLine;
    }

    public string Head { get; }

    public IReadOnlyList<Call> Calls { get; }

    public bool OneCallPerLine { get; }

    public override string? Inline
    {
        get
        {
            if (OneCallPerLine && Calls.Count > 0)
            {
                return null;
            }

            var calls = Calls.Select(c => c.Inline).ToList();
            return calls.Any(c => c is null) ? null : Head + string.Concat(calls);
        }
    }

    protected override string RenderLines(int indent)
    {
        var text = new StringBuilder(Head);
        var inner = indent + IndentSize;
        foreach (var call in Calls)
        {
            text.Append('\n').Append(Pad(inner)).Append(call.Render(inner));
        }

        return text.ToString();
    }
}
