using System;
using System.Runtime.CompilerServices;
using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>
/// While installed on a thread, <see cref="ApiShape{TSpec}.Write"/> writes each spec instance once and hands out the
/// same document for it again. Specs are immutable, so this only saves work, for a caller that writes many specs
/// sharing nested ones and only reads the documents: the build-time source map writes every intermediate result of a
/// fluent chain, and those share most of their nested specs. Nothing installs it at run time, where each payload is
/// written once and may be changed afterwards.
/// </summary>
internal sealed class SpecDocuments
{
    [ThreadStatic]
    private static SpecDocuments? t_installed;

    private readonly ConditionalWeakTable<object, JsonObject> _documents = new();

    /// <summary>The documents installed on the current thread, if any.</summary>
    public static SpecDocuments? Installed => t_installed;

    /// <summary>Installs these documents on the current thread until the result is disposed.</summary>
    public Installation Install() => new(this);

    /// <summary>Drops the document of a spec that is still being built (an object initializer is assigning its members).</summary>
    public void Forget(object spec) => _documents.Remove(spec);

    public JsonObject GetOrWrite(object spec, ConditionalWeakTable<object, JsonObject>.CreateValueCallback write) => _documents.GetValue(spec, write);

    public readonly struct Installation : IDisposable
    {
        private readonly SpecDocuments? _previous;

        public Installation(SpecDocuments documents)
        {
            _previous = t_installed;
            t_installed = documents;
        }

        public void Dispose() => t_installed = _previous;
    }
}
