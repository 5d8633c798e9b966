using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>An <see cref="ApiShape{TSpec}"/> writing a spec it receives untyped, with a given <see cref="SpecWriter"/>.</summary>
internal interface ISpecShape : IApiShape
{
    JsonObject Write(object spec, SpecWriter writer);
}
