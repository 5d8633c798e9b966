using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Wire;

namespace EmrDsl.Generators.Evaluation;

/// <summary>Every path of a wire document with the JSON text of the value there.</summary>
internal static class JsonPaths
{
    public static Dictionary<string, string> Values(JsonValue document)
    {
        var values = new Dictionary<string, string>(System.StringComparer.Ordinal);
        Collect(document, string.Empty, values);
        return values;
    }

    private static void Collect(JsonValue value, string path, Dictionary<string, string> values)
    {
        values[path] = JsonText.Write(value);
        switch (value)
        {
            case JsonObject obj:
                foreach (var member in obj.Members)
                {
                    Collect(member.Value, WirePath.Member(path, member.Key), values);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Collect(array.Items[i], WirePath.Index(path, i), values);
                }

                break;
        }
    }
}
