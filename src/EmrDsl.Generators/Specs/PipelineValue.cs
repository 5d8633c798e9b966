namespace EmrDsl.Generators.Specs;

/// <summary>
/// A value-type result (an <see cref="Model.EquatableArray{T}"/>) carried through the generator's pipeline as a reference
/// type, compared by value as before. Roslyn's incremental tables, nodes and builders are generic over each step's
/// type: over reference types they share the one copy the compiler ships precompiled, while every value type (a bool, an
/// array struct, a tuple holding either) made the JIT compile about 50 of their methods anew in each fresh compiler
/// process, 810 in all for this generator's pipeline (bench/README.md, "Fixed cost").
/// </summary>
internal sealed record PipelineValue<T>(T Value);

/// <summary>Creates <see cref="PipelineValue{T}"/> with the type inferred.</summary>
internal static class PipelineValue
{
    public static PipelineValue<T> Of<T>(T value) => new(value);
}
