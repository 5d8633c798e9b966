using EmrDsl.Model;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// Maps payload paths to the DSL calls that produced them, so a finding about
/// <c>Instances.InstanceGroups[1].Market</c> is reported at the <c>.Spot()</c> that wrote it rather than at
/// the whole definition.
/// </summary>
internal sealed record SourceMap(LocationInfo Definition, EquatableArray<SourceMapEntry> Entries)
{
    /// <summary>
    /// The most specific location for a finding path: the call that set exactly that path, else the call that
    /// set the longest enclosing path (an object or list the finding lies in), else the definition.
    /// </summary>
    public LocationInfo Resolve(string path) => Find(path)?.Location ?? Definition;

    /// <summary>The entry <see cref="Resolve"/> takes its location from; null when the finding goes on the definition.</summary>
    public SourceMapEntry? Find(string path)
    {
        SourceMapEntry? best = null;
        foreach (var entry in Entries)
        {
            if (entry.Path == path)
            {
                return entry;
            }

            if (Encloses(entry.Path, path) && (best is null || entry.Path.Length > best.Path.Length))
            {
                best = entry;
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="outer"/> is an ancestor of <paramref name="inner"/> (on a segment boundary).</summary>
    private static bool Encloses(string outer, string inner) =>
        outer.Length == 0 ||
        (inner.Length > outer.Length &&
         inner.StartsWith(outer, System.StringComparison.Ordinal) &&
         (inner[outer.Length] == '.' || inner[outer.Length] == '['));
}
