using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmrDsl.Testing.Oracles;

/// <summary>
/// Removes the documentation strings of a botocore service model (two thirds of its size, and prose the tests never
/// read); shapes, operations, member names and order, types, limits, patterns and enums stay as they are.
/// </summary>
public static class ServiceModelDocumentation
{
    /// <summary>Keys whose value maps names to definitions: there "documentation" would be a name, not prose.</summary>
    private static readonly string[] NameMaps = { "operations", "shapes", "members" };

    public static string Strip(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new JsonException("A service model must be a JSON object, not null.");
        Strip(root, isNameMap: false);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Strip(JsonNode? node, bool isNameMap)
    {
        switch (node)
        {
            case JsonObject definition:
                if (!isNameMap && definition["documentation"] is JsonValue prose && prose.GetValueKind() == JsonValueKind.String)
                {
                    definition.Remove("documentation");
                }

                foreach (var (name, child) in definition.ToList())
                {
                    Strip(child, isNameMap: !isNameMap && NameMaps.Contains(name));
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Strip(item, isNameMap: false);
                }

                break;
        }
    }
}
