using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace EmrDsl.Testing.Oracles;

/// <summary>
/// The repository's copies of the upstream oracles: every file under aws/, terraform/ and corpus/ of ../shared,
/// service models without their documentation strings, everything else byte for byte. One transform, used both by
/// the refresh (tests/oracles/refresh.sh) and by the check that the copies are current.
/// </summary>
public static class OracleCopies
{
    /// <summary>Set to 1 to rewrite the copies from the upstream instead of comparing them.</summary>
    public const string RefreshVariable = "EMRDSL_REFRESH_ORACLES";

    public static readonly IReadOnlyList<string> Folders = new[] { "aws", "terraform", "corpus" };

    /// <summary>What each copy must hold, by '/'-separated path below the oracle root.</summary>
    public static SortedDictionary<string, byte[]> Expected(string upstream)
    {
        var expected = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, path) in Files(upstream))
        {
            expected[name] = Transform(name, File.ReadAllBytes(path));
        }

        return expected;
    }

    /// <summary>Every copy that differs from its upstream file, is missing, or has no upstream file any more; empty when current.</summary>
    public static IReadOnlyList<string> Differences(string upstream, string copies)
    {
        var expected = Expected(upstream);
        var actual = Files(copies).ToDictionary(f => f.Name, f => f.Path, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (name, content) in expected)
        {
            if (!actual.TryGetValue(name, out var copy))
            {
                differences.Add($"{name}: missing from the copies");
            }
            else if (!File.ReadAllBytes(copy).AsSpan().SequenceEqual(content))
            {
                differences.Add($"{name}: differs from the upstream file after the transform");
            }
        }

        differences.AddRange(actual.Keys.Where(name => !expected.ContainsKey(name)).Order(StringComparer.Ordinal)
            .Select(name => $"{name}: no longer in the upstream"));
        return differences;
    }

    /// <summary>Rewrites the copies that differ, adds the missing ones and deletes those the upstream dropped; returns what changed.</summary>
    public static IReadOnlyList<string> Refresh(string upstream, string copies)
    {
        var expected = Expected(upstream);
        var changes = new List<string>();
        foreach (var (name, content) in expected)
        {
            var path = Path.Combine(copies, name);
            var existed = File.Exists(path);
            if (!existed || !File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
                changes.Add((existed ? "updated " : "added ") + name);
            }
        }

        foreach (var (name, path) in Files(copies).Where(f => !expected.ContainsKey(f.Name)).ToList())
        {
            File.Delete(path);
            changes.Add("removed " + name);
        }

        return changes;
    }

    /// <summary>The copy of the upstream file <paramref name="name"/>: service models lose their documentation, the rest is kept as is.</summary>
    public static byte[] Transform(string name, byte[] upstream) =>
        name.EndsWith(".service-2.json", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(ServiceModelDocumentation.Strip(Encoding.UTF8.GetString(upstream)))
            : upstream;

    private static IEnumerable<(string Name, string Path)> Files(string root) =>
        Folders.Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), path));
}
