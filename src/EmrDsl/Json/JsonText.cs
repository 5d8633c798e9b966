using System.Globalization;
using System.Text;

namespace EmrDsl.Json;

/// <summary>
/// Writes JSON deterministically: two-space indentation, '\n' line ends, and escaping of exactly what JSON
/// requires plus the characters that break readers in practice (U+2028/U+2029, unpaired surrogates).
/// </summary>
internal static class JsonText
{
    public static string Write(JsonValue value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        builder.Append('\n');
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonValue value, int depth)
    {
        switch (value)
        {
            case JsonObject obj:
                WriteObject(builder, obj, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, depth);
                break;
            case JsonString str:
                WriteString(builder, str.Value);
                break;
            case JsonNumber number:
                builder.Append(number.Text);
                break;
            case JsonBool boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        for (var i = 0; i < obj.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n");
            Indent(builder, depth + 1);
            WriteString(builder, obj.Members[i].Key);
            builder.Append(": ");
            Write(builder, obj.Members[i].Value, depth + 1);
        }

        builder.Append('\n');
        Indent(builder, depth);
        builder.Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, int depth)
    {
        if (array.Items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < array.Items.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n");
            Indent(builder, depth + 1);
            Write(builder, array.Items[i], depth + 1);
        }

        builder.Append('\n');
        Indent(builder, depth);
        builder.Append(']');
    }

    private static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);

    /// <summary>Writes <paramref name="value"/> as a quoted, escaped JSON string.</summary>
    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || IsUnpairedSurrogate(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static bool IsUnpairedSurrogate(string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(value[index - 1]));
    }
}
