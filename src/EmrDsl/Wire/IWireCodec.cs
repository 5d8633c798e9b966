using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>Converts one kind of value to and from its JSON wire form.</summary>
internal interface IWireCodec<TValue>
{
    /// <summary>What the API expects, for error messages ("a string", "one of ON_DEMAND, SPOT").</summary>
    string Expected { get; }

    /// <summary>The JSON form, or null when the value is absent and the member must be omitted.</summary>
    JsonValue? Write(TValue value);

    /// <summary>Reads <paramref name="json"/>; on a mismatch reports to <paramref name="reader"/> and returns default.</summary>
    TValue Read(JsonValue json, WireReader reader, string path);
}
