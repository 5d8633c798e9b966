using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace EmrDsl.Generators.Emitter;

/// <summary>
/// A C# string literal for a payload, exactly as <see cref="SymbolDisplay.FormatLiteral(string, bool)"/> writes it, appended
/// where the source is being written: the manifest of a definition is kilobytes, and every copy of it is garbage the
/// compiler's collector pays for (bench/README.md). ASCII text, what payloads almost always are, is escaped here;
/// anything else goes to Roslyn's formatter.
/// </summary>
internal static class StringLiteral
{
    public static string Quote(string value) => AppendQuoted(new StringBuilder(value.Length + 2), value).ToString();

    public static StringBuilder AppendQuoted(StringBuilder text, string value) => AppendEscaped(text.Append('"'), value).Append('"');

    /// <summary>The literal's content without its quotes, so that the parts of one literal can be escaped one by one.</summary>
    public static StringBuilder AppendEscaped(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (c >= 0x80)
            {
                var quoted = SymbolDisplay.FormatLiteral(value, quote: true);
                return text.Append(quoted, 1, quoted.Length - 2);
            }
        }

        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\0' => text.Append("\\0"),
                '\a' => text.Append("\\a"),
                '\b' => text.Append("\\b"),
                '\f' => text.Append("\\f"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                '\v' => text.Append("\\v"),
                < ' ' or '\x7f' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text;
    }
}
