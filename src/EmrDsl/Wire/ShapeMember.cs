using System;
using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>One member of an API structure: its wire name and how to get, set and convert it.</summary>
internal interface IShapeMember<TSpec> : IApiMember
{
    /// <summary>The member's value boxed (null when absent), for generic checks such as <see cref="MemberLimits"/>.</summary>
    object? GetValue(TSpec spec);

    JsonValue? Write(TSpec spec);

    TSpec Read(TSpec spec, JsonValue json, WireReader reader, string path);
}

/// <summary>A member the shape writes with its <see cref="SpecWriter"/>.</summary>
internal interface IWrittenShapeMember<TSpec> : IShapeMember<TSpec>
{
    JsonValue? Write(TSpec spec, SpecWriter writer);
}

internal sealed class ShapeMember<TSpec, TValue> : IWrittenShapeMember<TSpec>
{
    private readonly IWireCodec<TValue> _codec;
    private readonly Func<TSpec, TValue> _get;
    private readonly Func<TSpec, TValue, TSpec> _set;

    public ShapeMember(string name, IWireCodec<TValue> codec, Func<TSpec, TValue> get, Func<TSpec, TValue, TSpec> set, MemberLimits limits)
    {
        Name = name;
        Limits = limits;
        _codec = codec;
        _get = get;
        _set = set;
    }

    public string Name { get; }

    public MemberLimits Limits { get; }

    public IApiShape? ItemShape => (_codec as INestedCodec)?.ItemShape;

    public Type? EnumType => (_codec as INestedCodec)?.EnumType;

    public object? GetValue(TSpec spec) => _get(spec);

    public object? GetValue(object spec) => _get((TSpec)spec);

    public JsonValue? Write(TSpec spec) => _codec.Write(_get(spec));

    public JsonValue? Write(TSpec spec, SpecWriter writer) => writer.WriteValue(_codec, _get(spec));

    public TSpec Read(TSpec spec, JsonValue json, WireReader reader, string path) =>
        _set(spec, _codec.Read(json, reader, WirePath.Member(path, Name)));
}
