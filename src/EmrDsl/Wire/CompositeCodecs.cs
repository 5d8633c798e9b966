using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Wire;

internal sealed class ObjectCodec<TSpec> : IWireCodec<TSpec?>, ISpecHoldingCodec<TSpec?>, INestedCodec
    where TSpec : class
{
    private readonly Func<ApiShape<TSpec>> _shape;

    public ObjectCodec(Func<ApiShape<TSpec>> shape) => _shape = shape;

    public IApiShape? ItemShape => _shape();

    public Type? EnumType => null;

    public string Expected => "an object (" + _shape().ApiName + ")";

    public JsonValue? Write(TSpec? value) => Write(value, SpecWriter.Fresh);

    public JsonValue? Write(TSpec? value, SpecWriter writer) => value is null ? null : _shape().Write(value, writer);

    public TSpec? Read(JsonValue json, WireReader reader, string path) => _shape().Read(json, reader, path);
}

/// <summary>Lists are written only when non-empty: the API treats an empty list and an absent one alike.</summary>
internal sealed class ListCodec<TItem> : IWireCodec<EquatableArray<TItem>>, ISpecHoldingCodec<EquatableArray<TItem>>, INestedCodec
{
    private readonly IWireCodec<TItem> _item;

    public ListCodec(IWireCodec<TItem> item) => _item = item;

    public IApiShape? ItemShape => (_item as INestedCodec)?.ItemShape;

    public Type? EnumType => (_item as INestedCodec)?.EnumType;

    public string Expected => "an array";

    public JsonValue? Write(EquatableArray<TItem> value) => Write(value, SpecWriter.Fresh);

    public JsonValue? Write(EquatableArray<TItem> value, SpecWriter writer)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var items = new List<JsonValue>();
        foreach (var item in value)
        {
            items.Add(writer.WriteValue(_item, item) ?? throw new InvalidOperationException("A list item cannot be absent."));
        }

        return new JsonArray(items);
    }

    public EquatableArray<TItem> Read(JsonValue json, WireReader reader, string path)
    {
        if (json is not JsonArray array)
        {
            reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
            return default;
        }

        var items = new List<TItem>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = _item.Read(array.Items[i], reader, WirePath.Index(path, i));
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items.ToEquatableArray();
    }
}

/// <summary>A JSON object of string values (configuration properties, additional info).</summary>
internal sealed class MapCodec : IWireCodec<EquatableArray<MapEntry>>
{
    public string Expected => "an object of strings";

    public JsonValue? Write(EquatableArray<MapEntry> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var entry in value)
        {
            result.Add(entry.Key, new JsonString(entry.Value));
        }

        return result;
    }

    public EquatableArray<MapEntry> Read(JsonValue json, WireReader reader, string path)
    {
        if (json is not JsonObject obj)
        {
            reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
            return default;
        }

        var entries = new List<MapEntry>();
        foreach (var member in obj.Members)
        {
            if (member.Value is JsonString text)
            {
                entries.Add(new MapEntry(member.Key, text.Value));
            }
            else
            {
                reader.Error(WirePath.Member(path, member.Key), $"expected a string but found {JsonKinds.Describe(member.Value)}");
            }
        }

        return entries.ToEquatableArray();
    }
}

internal sealed class KeyValueListCodec : IWireCodec<EquatableArray<MapEntry>>
{
    private readonly string _keyName;
    private readonly string _valueName;

    public KeyValueListCodec(string keyName, string valueName)
    {
        _keyName = keyName;
        _valueName = valueName;
    }

    public string Expected => $"an array of {{\"{_keyName}\": ..., \"{_valueName}\": ...}} objects";

    public JsonValue? Write(EquatableArray<MapEntry> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var items = new List<JsonValue>();
        foreach (var entry in value)
        {
            items.Add(new JsonObject().Add(_keyName, new JsonString(entry.Key)).Add(_valueName, new JsonString(entry.Value)));
        }

        return new JsonArray(items);
    }

    public EquatableArray<MapEntry> Read(JsonValue json, WireReader reader, string path)
    {
        if (json is not JsonArray array)
        {
            reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
            return default;
        }

        var entries = new List<MapEntry>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var itemPath = WirePath.Index(path, i);
            if (array.Items[i] is not JsonObject obj)
            {
                reader.Error(itemPath, $"expected an object but found {JsonKinds.Describe(array.Items[i])}");
                continue;
            }

            var key = ReadString(obj, _keyName, reader, itemPath);
            var value = ReadString(obj, _valueName, reader, itemPath);
            foreach (var member in obj.Members)
            {
                if (member.Key != _keyName && member.Key != _valueName)
                {
                    reader.Error(WirePath.Member(itemPath, member.Key), $"unknown member; expected {_keyName} and {_valueName}");
                }
            }

            entries.Add(new MapEntry(key, value));
        }

        return entries.ToEquatableArray();
    }

    private static string ReadString(JsonObject obj, string name, WireReader reader, string path)
    {
        var value = obj[name];
        if (value is null || value is JsonNull)
        {
            return string.Empty;
        }

        if (value is JsonString text)
        {
            return text.Value;
        }

        reader.Error(WirePath.Member(path, name), $"expected a string but found {JsonKinds.Describe(value)}");
        return string.Empty;
    }
}

/// <summary>A JSON object whose values are string arrays.</summary>
internal sealed class ListMapCodec : IWireCodec<EquatableArray<StringListEntry>>
{
    public string Expected => "an object of string arrays";

    public JsonValue? Write(EquatableArray<StringListEntry> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var entry in value)
        {
            result.Add(entry.Key, Codec.StringList.Write(entry.Values) ?? new JsonArray(new JsonValue[0]));
        }

        return result;
    }

    public EquatableArray<StringListEntry> Read(JsonValue json, WireReader reader, string path)
    {
        if (json is not JsonObject obj)
        {
            reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
            return default;
        }

        var entries = new List<StringListEntry>();
        foreach (var member in obj.Members)
        {
            entries.Add(new StringListEntry(member.Key, Codec.StringList.Read(member.Value, reader, WirePath.Member(path, member.Key))));
        }

        return entries.ToEquatableArray();
    }
}
