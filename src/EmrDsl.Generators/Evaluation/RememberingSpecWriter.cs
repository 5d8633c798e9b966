using EmrDsl.Json;
using EmrDsl.Wire;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Writes each spec instance once and hands out the same document for it again, nested specs included. Specs are
/// immutable, so this only saves work: the source map writes every intermediate result of a fluent chain, and those
/// share most of their nested specs, whose documents are then the same instances (which <see cref="JsonDiff"/> skips).
/// The documents are only read. Entries live as long as their spec (a weak table), so it needs no clearing.
/// </summary>
internal sealed class RememberingSpecWriter : SpecWriter
{
    private readonly WeakCache<object, JsonObject> _documents;

    /// <param name="documents">Where the documents are kept: <see cref="GeneratorCaches.SpecDocuments"/>.</param>
    public RememberingSpecWriter(WeakCache<object, JsonObject> documents) => _documents = documents;

    public override JsonObject WriteSpec<TSpec>(ApiShape<TSpec> shape, TSpec spec) =>
        _documents.GetValue(spec, _ => base.WriteSpec(shape, spec));

    /// <summary>Drops the document of a spec that is still being built (an object initializer is assigning its members).</summary>
    public void Forget(object spec) => _documents.Remove(spec);
}
