using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Builds one resource body, block or object value. Members come out in ordinal (alphabetical) order of
/// their names, which keeps the document deterministic whatever order the emitter fills them in.
/// Every string the user wrote goes through <see cref="TerraformTemplate.Escape"/>; only
/// <see cref="Reference"/> writes a live interpolation.
/// </summary>
internal sealed class TerraformBody
{
    private readonly SortedDictionary<string, JsonValue> _members = new(System.StringComparer.Ordinal);

    public bool IsEmpty => _members.Count == 0;

    public TerraformBody String(string name, string? value) => Set(name, value is null ? null : Text(value));

    public TerraformBody Number(string name, long? value) => Set(name, value is null ? null : JsonNumber.From(value.Value));

    public TerraformBody Number(string name, double? value) => Set(name, value is null ? null : JsonNumber.From(value.Value));

    public TerraformBody Bool(string name, bool? value) => Set(name, value is null ? null : JsonBool.From(value.Value));

    /// <summary>A list or set of strings; an empty list is left out (the API reads it as absent).</summary>
    public TerraformBody Strings(string name, IReadOnlyList<string> values) => Set(name, values.Count == 0 ? null : TextList(values));

    /// <summary>A map(string); an empty map is left out. Keys are user text too, so they are escaped.</summary>
    public TerraformBody Map(string name, EquatableArray<MapEntry> entries, string path) => Set(name, entries.IsEmpty ? null : MapValue(entries, path));

    /// <summary>An argument whose value is already built (an object-typed list such as <c>step</c>); null is left out.</summary>
    public TerraformBody Attribute(string name, JsonValue? value) => Set(name, value);

    public TerraformBody Reference(string name, string resourceType, string resourceName, string attribute) =>
        Set(name, new JsonString(TerraformTemplate.Reference(resourceType, resourceName, attribute)));

    /// <summary>
    /// A value that already is a template: a secret's <c>${var.NAME}</c>, or user text escaped by the emitter around such
    /// references (see <see cref="TerraformSecrets"/>). Written as it is; null is left out.
    /// </summary>
    public TerraformBody Template(string name, string? template) => Set(name, template is null ? null : new JsonString(template));

    /// <summary>A nested block written once (for block types with <c>max_items: 1</c>); an empty body is left out.</summary>
    public TerraformBody Block(string name, TerraformBody? block) => Set(name, block is null ? null : block.ToJson());

    /// <summary>A nested block type written as an array of blocks; none at all is left out.</summary>
    public TerraformBody Blocks(string name, IReadOnlyList<TerraformBody> blocks) => Set(name, blocks.Count == 0 ? null : ToArray(blocks));

    /// <summary>
    /// A value of an object-typed attribute. Terraform requires every attribute of an object type, so unset
    /// ones are written as explicit nulls (unlike arguments, which are simply left out).
    /// </summary>
    public TerraformBody Value(string name, JsonValue? value) => SetRaw(name, value ?? JsonNull.Instance);

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var member in _members)
        {
            json.Add(member.Key, member.Value);
        }

        return json;
    }

    public static JsonString Text(string literal) => new(TerraformTemplate.Escape(literal));

    public static JsonArray TextList(IEnumerable<string> values)
    {
        var items = new List<JsonValue>();
        foreach (var value in values)
        {
            items.Add(Text(value));
        }

        return new JsonArray(items);
    }

    /// <summary>A Terraform map: keys must be unique, so a repeated key (kept by the API's list form) is an error.</summary>
    public static JsonObject MapValue(EquatableArray<MapEntry> entries, string path)
    {
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        var body = new TerraformBody();
        foreach (var entry in entries)
        {
            var key = TerraformTemplate.Escape(entry.Key);
            if (!keys.Add(key))
            {
                throw new TerraformConversionException(path, $"the key '{entry.Key}' appears more than once; a Terraform map holds each key once, so keep one entry per key.");
            }

            body.SetRaw(key, Text(entry.Value));
        }

        return body.ToJson();
    }

    public static JsonArray ToArray(IReadOnlyList<TerraformBody> blocks)
    {
        var items = new List<JsonValue>(blocks.Count);
        foreach (var block in blocks)
        {
            items.Add(block.ToJson());
        }

        return new JsonArray(items);
    }

    private TerraformBody Set(string name, JsonValue? value) => value is null ? this : SetRaw(name, value);

    private TerraformBody SetRaw(string name, JsonValue value)
    {
        _members[name] = value;
        return this;
    }
}
