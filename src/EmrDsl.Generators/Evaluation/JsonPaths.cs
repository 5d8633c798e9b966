using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Wire;

namespace EmrDsl.Generators.Evaluation;

/// <summary>The JSON text of the values at some paths of a wire document.</summary>
internal static class JsonPaths
{
    /// <summary>The text at each of <paramref name="paths"/> that the document has; only those values are written.</summary>
    public static Dictionary<string, string> Values(JsonValue document, IEnumerable<string> paths)
    {
        var wanted = new HashSet<string>(paths, System.StringComparer.Ordinal);
        var values = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (wanted.Count > 0)
        {
            Collect(document, string.Empty, wanted, values);
        }

        return values;
    }

    private static void Collect(JsonValue value, string path, HashSet<string> wanted, Dictionary<string, string> values)
    {
        if (wanted.Contains(path))
        {
            values[path] = JsonText.Write(value);
            if (values.Count == wanted.Count)
            {
                return;
            }
        }

        switch (value)
        {
            case JsonObject obj:
                foreach (var member in obj.Members)
                {
                    Collect(member.Value, WirePath.Member(path, member.Key), wanted, values);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Collect(array.Items[i], WirePath.Index(path, i), wanted, values);
                }

                break;
        }
    }
}
