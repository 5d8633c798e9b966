using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>
/// Writes the specs nested in a spec's wire document. Each call writes afresh; the build-time source map passes a
/// writer of its own that hands out a spec's document again (specs are immutable), so the serializer itself holds no
/// state. It is passed down the codecs explicitly rather than installed anywhere.
/// </summary>
internal class SpecWriter
{
    /// <summary>The writer of every run-time payload: each spec's document is new and may be changed afterwards.</summary>
    public static readonly SpecWriter Fresh = new();

    /// <summary>The document of one spec, its members written with this writer.</summary>
    public virtual JsonObject WriteSpec<TSpec>(ApiShape<TSpec> shape, TSpec spec)
        where TSpec : class => shape.WriteMembers(spec, this);

    /// <summary>One member value: through this writer when the codec's values hold specs, else as the codec writes it.</summary>
    public JsonValue? WriteValue<TValue>(IWireCodec<TValue> codec, TValue value) =>
        codec is ISpecHoldingCodec<TValue> holding ? holding.Write(value, this) : codec.Write(value);
}
