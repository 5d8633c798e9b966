using System.Globalization;
using EmrDsl.Json;

namespace EmrDsl.Wire;

internal sealed class TextCodec : IWireCodec<string>
{
    public string Expected => "a string";

    public JsonValue? Write(string value) => new JsonString(value);

    public string Read(JsonValue json, WireReader reader, string path)
    {
        if (json is JsonString text)
        {
            return text.Value;
        }

        reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
        return string.Empty;
    }
}

/// <summary>An optional string: null means "absent", so nothing is written.</summary>
internal sealed class OptionalTextCodec : IWireCodec<string?>
{
    private readonly TextCodec _text = new();

    public string Expected => _text.Expected;

    public JsonValue? Write(string? value) => value is null ? null : _text.Write(value);

    public string? Read(JsonValue json, WireReader reader, string path) => _text.Read(json, reader, path);
}

internal sealed class IntegerCodec<T> : IWireCodec<T>
    where T : struct
{
    public delegate bool Parser(string text, NumberStyles styles, System.IFormatProvider provider, out long value);

    private readonly Parser _parse;
    private readonly System.Func<T, long> _toLong;
    private readonly System.Func<long, T> _fromLong;
    private readonly long _min;
    private readonly long _max;

    public IntegerCodec(string expected, Parser parse, System.Func<T, long> toLong, System.Func<long, T> fromLong, long min, long max)
    {
        Expected = expected;
        _parse = parse;
        _toLong = toLong;
        _fromLong = fromLong;
        _min = min;
        _max = max;
    }

    public string Expected { get; }

    public JsonValue? Write(T value) => JsonNumber.From(_toLong(value));

    public T Read(JsonValue json, WireReader reader, string path)
    {
        if (json is JsonNumber number
            && _parse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= _min && value <= _max)
        {
            return _fromLong(value);
        }

        // A quoted number (YAML templates quote "${...}") is the common case: say what to write instead.
        var unquote = json is JsonString text && _parse(text.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var quoted)
            ? $"; write {quoted.ToString(CultureInfo.InvariantCulture)} without quotes"
            : string.Empty;
        reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}{unquote}");
        return default;
    }
}

internal sealed class DoubleCodec : IWireCodec<double>
{
    public string Expected => "a number";

    public JsonValue? Write(double value) => JsonNumber.From(value);

    public double Read(JsonValue json, WireReader reader, string path)
    {
        if (json is JsonNumber number
            && double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
        return default;
    }
}

internal sealed class BoolCodec : IWireCodec<bool>
{
    public string Expected => "true or false";

    public JsonValue? Write(bool value) => JsonBool.From(value);

    public bool Read(JsonValue json, WireReader reader, string path)
    {
        if (json is JsonBool boolean)
        {
            return boolean.Value;
        }

        reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
        return default;
    }
}

internal sealed class EnumCodec<TEnum> : IWireCodec<TEnum>, INestedCodec
    where TEnum : struct, System.Enum
{
    public IApiShape? ItemShape => null;

    public System.Type? EnumType => typeof(TEnum);

    public string Expected => "one of " + string.Join(", ", ApiEnum<TEnum>.Values);

    public JsonValue? Write(TEnum value) => new JsonString(ApiEnum<TEnum>.ToApi(value));

    public TEnum Read(JsonValue json, WireReader reader, string path)
    {
        if (json is JsonString text && ApiEnum<TEnum>.TryParse(text.Value, out var value))
        {
            return value;
        }

        reader.Error(path, $"expected {Expected} but found {JsonKinds.Describe(json)}");
        return default;
    }
}

/// <summary>Lifts a value-type codec to its nullable form: null means "absent", so nothing is written.</summary>
internal sealed class NullableCodec<T> : IWireCodec<T?>, INestedCodec
    where T : struct
{
    private readonly IWireCodec<T> _inner;

    public NullableCodec(IWireCodec<T> inner) => _inner = inner;

    public IApiShape? ItemShape => (_inner as INestedCodec)?.ItemShape;

    public System.Type? EnumType => (_inner as INestedCodec)?.EnumType;

    public string Expected => _inner.Expected;

    public JsonValue? Write(T? value) => value.HasValue ? _inner.Write(value.Value) : null;

    public T? Read(JsonValue json, WireReader reader, string path)
    {
        var errorsBefore = reader.Errors.Count;
        var value = _inner.Read(json, reader, path);
        return reader.Errors.Count == errorsBefore ? value : null;
    }
}
