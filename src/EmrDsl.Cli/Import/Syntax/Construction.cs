using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EmrDsl.Cli.Import.Syntax;

/// <summary>An object initializer <c>new T { A = x, B = y }</c>, or a <c>with</c> expression when <see cref="Prefix"/> is one.</summary>
internal sealed class Construction : Expr
{
    public Construction(string prefix, IEnumerable<KeyValuePair<string, Expr>> members)
    {
        Prefix = prefix;
        Members = members.ToList();
    }

    /// <summary><c>new InstanceGroupSpec</c>, or <c>s with</c>.</summary>
    public string Prefix { get; }

    public IReadOnlyList<KeyValuePair<string, Expr>> Members { get; }

    public override string? Inline
    {
        get
        {
            if (Members.Count == 0)
            {
                return Prefix.StartsWith("new ", System.StringComparison.Ordinal) ? Prefix + "()" : Prefix + " { }";
            }

            var values = JoinInline(Members.Select(m => m.Value));
            return values is null ? null : Prefix + " { " + string.Join(", ", Members.Select(m => m.Key + " = " + m.Value.Inline)) + " }";
        }
    }

    protected override string RenderLines(int indent)
    {
        var inner = indent + IndentSize;
        var text = new StringBuilder(Prefix).Append('\n').Append(Pad(indent)).Append("{\n");
        foreach (var member in Members)
        {
            var prefix = member.Key + " = ";
            text.Append(Pad(inner)).Append(prefix).Append(member.Value.Render(inner)).Append(",\n");
        }

        return text.Append(Pad(indent)).Append('}').ToString();
    }
}

/// <summary>A static call with arguments, one per line when long: <c>EquatableArray.Create(a, b)</c>.</summary>
internal sealed class Invocation : Expr
{
    public Invocation(string callee, IEnumerable<Expr> arguments)
    {
        Callee = callee;
        Arguments = arguments.ToList();
    }

    public string Callee { get; }

    public IReadOnlyList<Expr> Arguments { get; }

    public override string? Inline => JoinInline(Arguments) is { } arguments ? Callee + "(" + arguments + ")" : null;

    protected override string RenderLines(int indent)
    {
        var inner = indent + IndentSize;
        return Callee + "(\n" + string.Join(",\n", Arguments.Select(a => Pad(inner) + a.Render(inner))) + ")";
    }
}
