using System;
using EmrDsl.Model;

namespace EmrDsl.Wire;

/// <summary>The codecs specs declare their members with.</summary>
internal static class Codec
{
    public static readonly IWireCodec<string?> String = new OptionalTextCodec();
    public static readonly IWireCodec<int?> Int = new NullableCodec<int>(new IntegerCodec<int>("an integer", long.TryParse, v => v, v => (int)v, int.MinValue, int.MaxValue));
    public static readonly IWireCodec<long?> Long = new NullableCodec<long>(new IntegerCodec<long>("an integer", long.TryParse, v => v, v => v, long.MinValue, long.MaxValue));
    public static readonly IWireCodec<bool?> Bool = new NullableCodec<bool>(new BoolCodec());
    public static readonly IWireCodec<double?> Double = new NullableCodec<double>(new DoubleCodec());
    public static readonly IWireCodec<EquatableArray<string>> StringList = List(new TextCodec());
    public static readonly IWireCodec<EquatableArray<MapEntry>> Map = new MapCodec();
    public static readonly IWireCodec<EquatableArray<StringListEntry>> ListMap = new ListMapCodec();

    public static IWireCodec<TEnum?> Enum<TEnum>()
        where TEnum : struct, System.Enum => new NullableCodec<TEnum>(new EnumCodec<TEnum>());

    public static IWireCodec<TSpec?> Object<TSpec>(Func<ApiShape<TSpec>> shape)
        where TSpec : class => new ObjectCodec<TSpec>(shape);

    public static IWireCodec<EquatableArray<TItem>> List<TItem>(IWireCodec<TItem> item) => new ListCodec<TItem>(item);

    public static IWireCodec<EquatableArray<TSpec>> ObjectList<TSpec>(Func<ApiShape<TSpec>> shape)
        where TSpec : class => new ListCodec<TSpec>(new ObjectCodec<TSpec>(shape)!);

    /// <summary>A JSON object whose values are structures, keyed by name (EMR Serverless worker types).</summary>
    public static IWireCodec<EquatableArray<KeyedSpec<TSpec>>> ObjectMap<TSpec>(Func<ApiShape<TSpec>> shape)
        where TSpec : class => new ObjectMapCodec<TSpec>(shape);

    /// <summary>A list of two-member objects such as <c>[{"Key": "k", "Value": "v"}]</c> (tags, step properties).</summary>
    public static IWireCodec<EquatableArray<MapEntry>> KeyValueList(string keyName, string valueName) =>
        new KeyValueListCodec(keyName, valueName);
}
