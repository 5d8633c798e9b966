using System.Collections.Generic;
using System.Globalization;

namespace EmrDsl.Json;

/// <summary>
/// A minimal JSON document model. Own rather than System.Text.Json because the same code is compiled
/// into the source generator and analyzers, which cannot carry package dependencies reliably.
/// </summary>
internal abstract class JsonValue
{
    public override string ToString() => JsonText.Write(this);
}

/// <summary>A JSON object whose members keep their insertion order (the service model's order).</summary>
internal sealed class JsonObject : JsonValue
{
    private readonly List<KeyValuePair<string, JsonValue>> _members = new();

    public IReadOnlyList<KeyValuePair<string, JsonValue>> Members => _members;

    public int Count => _members.Count;

    public JsonValue? this[string name]
    {
        get
        {
            foreach (var member in _members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Adds a member; a null value is skipped, so emitters never write nulls.</summary>
    public JsonObject Add(string name, JsonValue? value)
    {
        if (value is not null)
        {
            _members.Add(new KeyValuePair<string, JsonValue>(name, value));
        }

        return this;
    }
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(IEnumerable<JsonValue> items) => Items = new List<JsonValue>(items);

    public IReadOnlyList<JsonValue> Items { get; }
}

internal sealed class JsonString : JsonValue
{
    public JsonString(string value) => Value = value;

    public string Value { get; }
}

/// <summary>A number kept as its JSON text, so writing never depends on culture or float formatting.</summary>
internal sealed class JsonNumber : JsonValue
{
    public JsonNumber(string text) => Text = text;

    public string Text { get; }

    public static JsonNumber From(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static JsonNumber From(double value) => new(value.ToString("R", CultureInfo.InvariantCulture));
}

internal sealed class JsonBool : JsonValue
{
    public static readonly JsonBool True = new(true);
    public static readonly JsonBool False = new(false);

    private JsonBool(bool value) => Value = value;

    public bool Value { get; }

    public static JsonBool From(bool value) => value ? True : False;
}

/// <summary>Produced by the parser, and by the Terraform emitter for unset attributes of object-typed values (Terraform requires them all); other emitters omit absent values.</summary>
internal sealed class JsonNull : JsonValue
{
    public static readonly JsonNull Instance = new();

    private JsonNull()
    {
    }
}
