using System.Globalization;
using System.Linq;
using System.Text;
using EmrDsl.Json;

namespace EmrDsl.Testing;

/// <summary>
/// Compares JSON by meaning: member order ignored, empty arrays and objects (recursively) equal to absent members,
/// numbers by value. Used where a payload written by someone else must equal ours.
/// </summary>
internal static class JsonSemantics
{
    public static string Normalize(JsonValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonValue value)
    {
        switch (value)
        {
            case JsonObject obj:
                builder.Append('{');
                foreach (var member in obj.Members.Where(m => !IsEmpty(m.Value)).OrderBy(m => m.Key, System.StringComparer.Ordinal))
                {
                    JsonText.WriteString(builder, member.Key);
                    builder.Append(':');
                    Append(builder, member.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                foreach (var item in array.Items)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case JsonNumber number:
                builder.Append(double.Parse(number.Text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(JsonText.Write(value).TrimEnd('\n'));
                break;
        }
    }

    private static bool IsEmpty(JsonValue value) =>
        value is JsonNull
        || (value is JsonArray array && array.Items.Count == 0)
        || (value is JsonObject obj && obj.Members.All(m => IsEmpty(m.Value)));
}
