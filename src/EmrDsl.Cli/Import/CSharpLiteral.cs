using System;
using System.Globalization;
using System.Linq;
using System.Text;
using EmrDsl.Cli.Import.Syntax;

namespace EmrDsl.Cli.Import;

/// <summary>C# literals and names for generated code: regular string literals with every character that needs it escaped, invariant numbers.</summary>
internal static class CSharpLiteral
{
    public static Token String(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                _ when NeedsUnicodeEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return new Token(text.Append('"').ToString());
    }

    public static Token Int(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A double that reads back to the same value; whole numbers get <c>.0</c> so the literal is a double wherever it lands.</summary>
    public static Token Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return new Token(text.IndexOfAny(new[] { '.', 'E', 'e' }) < 0 ? text + ".0" : text);
    }

    public static Token Bool(bool value) => new(value ? "true" : "false");

    public static Token Enum(Enum value) => new(value.GetType().Name + "." + value);

    /// <summary>Whether <paramref name="name"/> can be used as a C# identifier as is (no keywords, no escapes).</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsLetterOrDigit(c) || c == '_')
        && !Keywords.Contains(name);

    /// <summary>A PascalCase identifier made of the letters and digits of <paramref name="text"/>, or null when it has none.</summary>
    public static string? PascalCase(string text)
    {
        var words = new string(text.Select(c => char.IsLetterOrDigit(c) && c < 128 ? c : ' ').ToArray())
            .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
        return name.Length == 0 ? null : char.IsDigit(name[0]) ? "Cluster" + name : name;
    }

    /// <summary>Line and paragraph separators end a line inside a literal; other control and format characters are unreadable or invisible.</summary>
    private static bool NeedsUnicodeEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static readonly string[] Keywords =
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };
}
