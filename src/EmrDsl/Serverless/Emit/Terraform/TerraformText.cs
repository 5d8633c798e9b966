using System.Linq;
using System.Text;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Serverless.Emit.Terraform;

/// <summary>
/// Terraform JSON syntax helpers: every string is a template there, so literal <c>${</c> and <c>%{</c> are written
/// <c>$${</c> and <c>%%{</c>; resource names are identifiers.
/// </summary>
internal static class TerraformText
{
    public static JsonString Literal(string value) => new(value.Replace("${", "$${").Replace("%{", "%%{"));

    public static JsonObject Map(EquatableArray<MapEntry> entries)
    {
        var map = new JsonObject();
        foreach (var entry in entries)
        {
            map.Add(entry.Key, Literal(entry.Value));
        }

        return map;
    }

    public static JsonArray Strings(EquatableArray<string> values) => new(values.Select(v => (JsonValue)Literal(v)));

    /// <summary>A resource name from a display name: lowercase letters, digits, '_' and '-', not starting with a digit or '-'.</summary>
    public static string ResourceName(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ? c : '_');
        }

        if (builder.Length == 0 || !(builder[0] >= 'a' && builder[0] <= 'z') && builder[0] != '_')
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
