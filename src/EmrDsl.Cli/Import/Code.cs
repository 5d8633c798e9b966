using System;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;

namespace EmrDsl.Cli.Import;

/// <summary>Short names for the pieces of generated code the statement builders use.</summary>
internal static class Code
{
    public static Token S(string value) => CSharpLiteral.String(value);

    public static Token I(long value) => CSharpLiteral.Int(value);

    public static Token B(bool value) => CSharpLiteral.Bool(value);

    public static Token E(Enum value) => CSharpLiteral.Enum(value);

    /// <summary>A named argument, <c>name: value</c>.</summary>
    public static Token Named(string name, Token value) => new(name + ": " + value.Text);

    /// <summary>Named string arguments for the optional strings that are set, in the order given.</summary>
    public static Expr[] NamedStrings(params (string Name, string? Value)[] values) =>
        NamedIfSet(values.Select(v => (v.Name, v.Value is null ? null : S(v.Value))).ToArray());

    /// <summary>Named arguments for the optional values that are set, in the order given.</summary>
    public static Expr[] NamedIfSet(params (string Name, Token? Value)[] values) =>
        values.Where(v => v.Value is not null).Select(v => (Expr)Named(v.Name, v.Value!)).ToArray();

    public static Token[] Strings(System.Collections.Generic.IEnumerable<string> values) => values.Select(S).ToArray();

    public static Fluent<T> One<T>(string method, Func<T, T> apply, params Expr[] arguments) => Fluent<T>.Empty.Then(new Call(method, arguments), apply);

    /// <summary><c>.Tag(key, value)</c> (or another <paramref name="method"/> of that form) for each tag, in order.</summary>
    public static Fluent<T> Tags<T>(EquatableArray<MapEntry> tags, Func<T, string, string, T> tag, string method = "Tag") =>
        tags.Aggregate(Fluent<T>.Empty, (f, t) => f.Then(new Call(method, S(t.Key), S(t.Value)), d => tag(d, t.Key, t.Value)));
}
