using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Cli.Import.Syntax;

/// <summary>One link of a fluent chain: <c>.Method(arguments)</c>.</summary>
internal sealed class Call
{
    public Call(string method, params Expr[] arguments)
    {
        Method = method;
        Arguments = arguments;
    }

    public string Method { get; }

    public IReadOnlyList<Expr> Arguments { get; }

    public string? Inline => Arguments.Select(a => a.Inline).Any(a => a is null)
        ? null
        : "." + Method + "(" + string.Join(", ", Arguments.Select(a => a.Inline)) + ")";

    /// <summary>
    /// Keeps leading short arguments on the call's line and lets the last one (typically a lambda) span lines;
    /// when even that does not fit, every argument gets its own line.
    /// </summary>
    public string Render(int indent)
    {
        if (Inline is { } line && indent + line.Length <= Expr.LineWidth)
        {
            return line;
        }

        var head = "." + Method + "(";
        var leading = Arguments.Take(Arguments.Count - 1).Select(a => a.Inline).ToList();
        if (leading.All(a => a is not null))
        {
            var prefix = head + string.Concat(leading.Select(a => a + ", "));
            if (indent + prefix.Length <= Expr.LineWidth)
            {
                return prefix + Arguments[Arguments.Count - 1].Render(indent) + ")";
            }
        }

        var inner = indent + 4;
        return head + "\n" + string.Join(",\n", Arguments.Select(a => new string(' ', inner) + a.Render(inner))) + ")";
    }
}
