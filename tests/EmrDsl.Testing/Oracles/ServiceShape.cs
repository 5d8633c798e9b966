using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace EmrDsl.Testing.Oracles;

/// <summary>One member of a service-model structure: its wire name and the shape it targets.</summary>
public sealed record ServiceMember(string Name, string Target, bool IsIdempotencyToken);

/// <summary>
/// One shape of a botocore <c>service-2.json</c>, with the constraints the validator checks
/// (<c>type</c>, <c>members</c>, <c>required</c>, <c>member</c>/<c>key</c>/<c>value</c>, <c>min</c>/<c>max</c>,
/// <c>pattern</c>, <c>enum</c>, <c>union</c>).
/// </summary>
public sealed class ServiceShape
{
    private ServiceShape(string name, JsonElement json)
    {
        Name = name;
        Type = json.GetProperty("type").GetString()!;
        Members = json.TryGetProperty("members", out var members)
            ? members.EnumerateObject().Select(m => new ServiceMember(
                m.Name,
                m.Value.GetProperty("shape").GetString()!,
                m.Value.TryGetProperty("idempotencyToken", out var token) && token.GetBoolean())).ToList()
            : new List<ServiceMember>();
        Required = json.TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet()
            : new HashSet<string>();
        IsUnion = json.TryGetProperty("union", out var union) && union.GetBoolean();
        ListMember = Target(json, "member");
        MapKey = Target(json, "key");
        MapValue = Target(json, "value");
        Min = json.TryGetProperty("min", out var min) ? min.GetDouble() : null;
        Max = json.TryGetProperty("max", out var max) ? max.GetDouble() : null;
        Pattern = json.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null;
        Enum = json.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : null;
    }

    public string Name { get; }

    /// <summary><c>structure</c>, <c>list</c>, <c>map</c>, <c>string</c>, <c>integer</c>, <c>long</c>, <c>double</c>, ...</summary>
    public string Type { get; }

    /// <summary>Structure members in the model's order (empty for other types).</summary>
    public IReadOnlyList<ServiceMember> Members { get; }

    public IReadOnlySet<string> Required { get; }

    /// <summary>A union structure: exactly one member must be set.</summary>
    public bool IsUnion { get; }

    /// <summary>The item shape of a list.</summary>
    public string? ListMember { get; }

    public string? MapKey { get; }

    public string? MapValue { get; }

    /// <summary>Lower bound: a length for strings, blobs, lists and maps; a value for numbers.</summary>
    public double? Min { get; }

    /// <summary>Upper bound: a length for strings, blobs, lists and maps; a value for numbers.</summary>
    public double? Max { get; }

    /// <summary>A Java-style regular expression the whole string must match.</summary>
    public string? Pattern { get; }

    public IReadOnlyList<string>? Enum { get; }

    internal static ServiceShape Parse(string name, JsonElement json) => new(name, json);

    private static string? Target(JsonElement json, string property) =>
        json.TryGetProperty(property, out var target) ? target.GetProperty("shape").GetString() : null;
}
