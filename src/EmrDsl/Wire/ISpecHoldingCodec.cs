using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>
/// Implemented by codecs whose values hold specs (one object, a list or a map of them), so the nested specs are written
/// with the caller's <see cref="SpecWriter"/>. Other codecs need not know about writers.
/// </summary>
internal interface ISpecHoldingCodec<TValue>
{
    JsonValue? Write(TValue value, SpecWriter writer);
}
