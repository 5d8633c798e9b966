using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Specs;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Records which payload paths each DSL call set. Calls nest (a call inside a lambda argument runs during
/// the outer call), so each call gets a frame: when it ends, its own changes are recorded first and the
/// nested calls' records after them, because they are more specific. A nested call on another shape (a
/// builder for an instance group inside a cluster call) recorded paths relative to its own spec; they are
/// placed where they landed in the outer document (a path that ends with theirs and holds the same value).
/// </summary>
internal sealed class SourceMapRecorder
{
    private readonly Stack<List<Recorded>> _frames = new();
    private readonly List<Recorded> _outside = new();

    public SourceMapRecorder() => _frames.Push(_outside);

    /// <summary>What has been recorded outside any call (for a whole member's evaluation: everything it recorded).</summary>
    public IReadOnlyList<Recorded> Records => _outside;

    public void BeginCall() => _frames.Push(new List<Recorded>());

    /// <summary>Records again what another evaluation of the same code recorded, in the innermost call.</summary>
    public void Replay(IEnumerable<Recorded> records) => _frames.Peek().AddRange(records);

    /// <summary>Ends the innermost call; <paramref name="before"/> is the wire form of what it was called on, if any.</summary>
    /// <param name="site">Where the call is reported, and the call itself when that is inside a helper (see <see cref="SourceMapEntry"/>).</param>
    /// <param name="resultUnderConstruction">The call was an assignment in the initializer of <paramref name="result"/>.</param>
    public void EndCall((JsonObject Json, Type SpecType)? before, object? result, (LocationInfo? At, LocationInfo? Inner) site, bool resultUnderConstruction = false)
    {
        var location = site.At;
        var nested = _frames.Pop();
        var parent = _frames.Peek();
        var after = SpecShapes.TryWrite(result, resultUnderConstruction);
        if (after is null)
        {
            // Not a spec-bearing call (a list factory, a string): what happened inside it belongs to the caller.
            parent.AddRange(nested);
            return;
        }

        var (json, root) = after.Value;
        var changed = JsonDiff.ChangedPaths(before is { } b && b.SpecType == root ? b.Json : new JsonObject(), json);
        var values = JsonPaths.Values(json, Consulted(changed, nested, root));
        if (location is not null)
        {
            foreach (var path in changed)
            {
                parent.Add(new Recorded(path, values.TryGetValue(path, out var text) ? text : null, location, site.Inner, root));
            }
        }

        foreach (var record in nested)
        {
            parent.AddRange(Place(record, root, changed, values));
        }
    }

    /// <summary>The final map of the definition's document (<paramref name="root"/>, its spec type): the last call to set each path wins.</summary>
    public EquatableArray<SourceMapEntry> Entries(Type root)
    {
        var last = new Dictionary<string, Recorded>(StringComparer.Ordinal);
        foreach (var record in _frames.Peek().Where(r => r.Root == root))
        {
            last[record.Path] = record;
        }

        return last.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SourceMapEntry(p.Key, p.Value.Location, p.Value.Inner)).ToEquatableArray();
    }

    /// <summary>The paths whose values this call's records need: the ones it changed and the ones nested calls set.</summary>
    private static IEnumerable<string> Consulted(List<string> changed, List<Recorded> nested, Type root)
    {
        if (nested.Count == 0)
        {
            return changed;
        }

        var paths = new List<string>(changed);
        foreach (var record in nested.Where(r => r.Root == root))
        {
            paths.Add(record.Path);
        }

        return paths;
    }

    private static IEnumerable<Recorded> Place(Recorded record, Type root, List<string> changed, Dictionary<string, string> values)
    {
        if (record.Root == root)
        {
            // Same document: still true only if the value it set survived this call.
            if (Holds(values, record.Path, record.ValueText))
            {
                yield return record;
            }

            yield break;
        }

        var suffix = "." + record.Path;
        foreach (var path in changed)
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal) && Holds(values, path, record.ValueText))
            {
                yield return record with { Path = path, Root = root };
            }
        }
    }

    private static bool Holds(Dictionary<string, string> values, string path, string? valueText) =>
        values.TryGetValue(path, out var text) ? text == valueText : valueText is null;

    /// <param name="ValueText">The JSON the call left at the path; null when it removed the value.</param>
    /// <param name="Inner">The DSL call inside a helper when <paramref name="Location"/> is the helper's call.</param>
    internal sealed record Recorded(string Path, string? ValueText, LocationInfo Location, LocationInfo? Inner, Type Root);
}
