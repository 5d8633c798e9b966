using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Wire;

/// <summary>A JSON object of structures, kept in the order written.</summary>
internal sealed class ObjectMapCodec<TSpec> : IWireCodec<EquatableArray<KeyedSpec<TSpec>>>, ISpecHoldingCodec<EquatableArray<KeyedSpec<TSpec>>>
    where TSpec : class
{
    private readonly Func<ApiShape<TSpec>> _shape;

    public ObjectMapCodec(Func<ApiShape<TSpec>> shape) => _shape = shape;

    public string Expected => "an object of " + _shape().ApiName + " objects";

    public JsonValue? Write(EquatableArray<KeyedSpec<TSpec>> value) => Write(value, SpecWriter.Fresh);

    public JsonValue? Write(EquatableArray<KeyedSpec<TSpec>> value, SpecWriter writer)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var entry in value)
        {
            result.Add(entry.Key, _shape().Write(entry.Value, writer));
        }

        return result;
    }

    public EquatableArray<KeyedSpec<TSpec>> Read(JsonValue json, WireReader reader, string path)
    {
        if (json is not JsonObject obj)
        {
            reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
            return default;
        }

        var entries = new List<KeyedSpec<TSpec>>();
        foreach (var member in obj.Members)
        {
            entries.Add(new KeyedSpec<TSpec>(member.Key, _shape().Read(member.Value, reader, WirePath.Member(path, member.Key))));
        }

        return entries.ToEquatableArray();
    }
}
