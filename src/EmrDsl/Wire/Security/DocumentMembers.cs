using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>
/// Reads the members of one JSON object of a document that has no service-model shape (the security configuration),
/// recording a wire error for a value of the wrong type and an unchecked note for a member it was not asked for.
/// </summary>
internal sealed class DocumentMembers
{
    private readonly JsonObject _json;
    private readonly string _path;
    private readonly List<WireError> _errors;
    private readonly List<WireError> _unchecked;
    private readonly HashSet<string> _read = new();

    public DocumentMembers(JsonObject json, string path, List<WireError> errors, List<WireError> @unchecked)
    {
        _json = json;
        _path = path;
        _errors = errors;
        _unchecked = @unchecked;
    }

    public string PathOf(string name) => WirePath.Member(_path, name);

    public DocumentMembers? Object(string name)
    {
        var value = Take(name);
        if (value is null)
        {
            return null;
        }

        if (value is JsonObject json)
        {
            return new DocumentMembers(json, PathOf(name), _errors, _unchecked);
        }

        Error(name, $"{name}: expected an object but found {JsonKinds.Describe(value)}");
        return null;
    }

    public IEnumerable<DocumentMembers> Objects(string name) =>
        Array(name).Select((item, index) => (item, path: WirePath.Index(PathOf(name), index)))
            .Where(entry => IsObject(entry.item, entry.path))
            .Select(entry => new DocumentMembers((JsonObject)entry.item, entry.path, _errors, _unchecked))
            .ToArray();

    public IReadOnlyList<string> Strings(string name) =>
        Array(name).Select((item, index) => (item, path: WirePath.Index(PathOf(name), index)))
            .Where(entry => IsString(entry.item, entry.path))
            .Select(entry => ((JsonString)entry.item).Value)
            .ToArray();

    public bool? Bool(string name)
    {
        var value = Take(name);
        switch (value)
        {
            case null:
                return null;
            case JsonBool flag:
                return flag.Value;
            case JsonString text when text.Value is "true" or "false":
                Error(name, $"{name}: expected true or false but found the string \"{text.Value}\"; EMR reads only a JSON boolean, so write {text.Value} without quotes");
                return null;
            default:
                Error(name, $"{name}: expected true or false but found {JsonKinds.Describe(value)}");
                return null;
        }
    }

    public string? String(string name)
    {
        var value = Take(name);
        if (value is null or JsonString)
        {
            return (value as JsonString)?.Value;
        }

        Error(name, $"{name}: expected a string but found {JsonKinds.Describe(value)}");
        return null;
    }

    public int? Int(string name)
    {
        var value = Take(name);
        if (value is null)
        {
            return null;
        }

        if (value is JsonNumber number && int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Error(name, $"{name}: expected a whole number but found {JsonKinds.Describe(value)}");
        return null;
    }

    /// <summary>An enum member; a missing required one, an empty one or an unknown value is an error naming the accepted values.</summary>
    public TEnum? Enum<TEnum>(string name, bool required)
        where TEnum : struct, System.Enum
    {
        var accepted = string.Join(", ", ApiEnum<TEnum>.Values);
        var text = String(name);
        if (text is null)
        {
            if (required && _json[name] is null or JsonNull)
            {
                Error(name, $"{name} is required; set it to one of {accepted}");
            }

            return null;
        }

        if (ApiEnum<TEnum>.TryParse(text, out var value))
        {
            return value;
        }

        Error(name, text.Length == 0 ? $"{name} is empty; set it to one of {accepted}" : $"{name} '{text}' is not one of {accepted}");
        return null;
    }

    public void Error(string name, string message) => _errors.Add(new WireError(PathOf(name), message));

    /// <summary>Notes every member that no reader asked for: emrdsl does not check it, so it must not vanish unnoticed.</summary>
    public void NoteUnread(string why)
    {
        foreach (var member in _json.Members.Where(m => !_read.Contains(m.Key)))
        {
            _unchecked.Add(new WireError(PathOf(member.Key), why));
        }
    }

    private JsonValue? Take(string name)
    {
        _read.Add(name);
        return _json[name] is JsonNull ? null : _json[name];
    }

    private IReadOnlyList<JsonValue> Array(string name)
    {
        var value = Take(name);
        if (value is null or JsonArray)
        {
            return (value as JsonArray)?.Items ?? (IReadOnlyList<JsonValue>)System.Array.Empty<JsonValue>();
        }

        Error(name, $"{name}: expected an array but found {JsonKinds.Describe(value)}");
        return System.Array.Empty<JsonValue>();
    }

    private bool IsObject(JsonValue item, string path) => Is<JsonObject>(item, path, "an object");

    private bool IsString(JsonValue item, string path) => Is<JsonString>(item, path, "a string");

    private bool Is<T>(JsonValue item, string path, string expected)
        where T : JsonValue
    {
        if (item is T)
        {
            return true;
        }

        _errors.Add(new WireError(path, $"expected {expected} but found {JsonKinds.Describe(item)}"));
        return false;
    }
}
