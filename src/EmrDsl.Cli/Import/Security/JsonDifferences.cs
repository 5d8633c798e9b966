using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Import.Security;

/// <summary>One place where two JSON documents differ in meaning; a side that lacks the member is null.</summary>
internal sealed record JsonDifference(string Path, JsonValue? Document, JsonValue? Rebuilt);

/// <summary>
/// Where a document and the one rebuilt from it differ in meaning: member order, white space, number spelling and empty
/// values (null, [], an object of empty values) aside, as the import tests compare requests.
/// </summary>
internal static class JsonDifferences
{
    public static IEnumerable<JsonDifference> Between(JsonValue? document, JsonValue? rebuilt, string path = "")
    {
        if (IsEmpty(document) && IsEmpty(rebuilt))
        {
            return Enumerable.Empty<JsonDifference>();
        }

        return (document, rebuilt) switch
        {
            (JsonObject d, JsonObject r) => d.Members.Select(m => m.Key).Union(r.Members.Select(m => m.Key))
                .SelectMany(name => Between(d[name], r[name], WirePath.Member(path, name))),
            (JsonArray d, JsonArray r) when d.Items.Count == r.Items.Count => d.Items
                .SelectMany((item, index) => Between(item, r.Items[index], WirePath.Index(path, index))),
            _ when SameValue(document, rebuilt) => Enumerable.Empty<JsonDifference>(),
            _ => new[] { new JsonDifference(path, IsEmpty(document) ? null : document, IsEmpty(rebuilt) ? null : rebuilt) },
        };
    }

    private static bool SameValue(JsonValue? document, JsonValue? rebuilt) => (document, rebuilt) switch
    {
        (JsonString d, JsonString r) => d.Value == r.Value,
        (JsonBool d, JsonBool r) => d.Value == r.Value,
        (JsonNumber d, JsonNumber r) => Number(d) is { } n && n == Number(r),
        _ => false,
    };

    private static decimal? Number(JsonNumber number) =>
        decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsEmpty(JsonValue? value) => value switch
    {
        null or JsonNull => true,
        JsonArray array => array.Items.Count == 0,
        JsonObject obj => obj.Members.All(m => IsEmpty(m.Value)),
        _ => false,
    };
}
