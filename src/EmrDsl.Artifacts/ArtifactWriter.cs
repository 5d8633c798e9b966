using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace EmrDsl.Artifacts;

/// <summary>
/// Writes artifacts into a directory: only files whose content changed are touched (so file watchers and
/// incremental deploys see real changes only), each through a temporary file then a move (never a
/// half-written file), and files this writer wrote before but no longer produces are removed.
/// </summary>
public static class ArtifactWriter
{
    /// <summary>Lists the files written last time, so stale ones can be removed without touching anything else.</summary>
    public const string ManifestName = ".emrdsl-artifacts";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<ArtifactWriteResult> Write(IReadOnlyList<Artifact> artifacts, string directory)
    {
        EnsureUniqueNames(artifacts);
        Directory.CreateDirectory(directory);

        var results = new List<ArtifactWriteResult>();
        foreach (var artifact in artifacts)
        {
            var path = Path.Combine(directory, artifact.FileName);
            var unchanged = File.Exists(path) && File.ReadAllText(path, Utf8) == artifact.Content;
            if (!unchanged)
            {
                AtomicFile.WriteAllText(path, artifact.Content);
            }

            results.Add(new ArtifactWriteResult(path, unchanged ? ArtifactFileState.Unchanged : ArtifactFileState.Written));
        }

        results.AddRange(RemoveStale(directory, artifacts));
        WriteManifest(directory, artifacts);
        return results;
    }

    private static void EnsureUniqueNames(IReadOnlyList<Artifact> artifacts)
    {
        var clash = artifacts.GroupBy(a => a.FileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"Two definitions write '{clash.Key}' ({string.Join(" and ", clash.Select(a => a.Source))}): " +
                "give one of them another cluster name or FileName.");
        }
    }

    private static IEnumerable<ArtifactWriteResult> RemoveStale(string directory, IReadOnlyList<Artifact> artifacts)
    {
        var manifest = Path.Combine(directory, ManifestName);
        if (!File.Exists(manifest))
        {
            yield break;
        }

        var current = new HashSet<string>(artifacts.Select(a => a.FileName), StringComparer.Ordinal);
        foreach (var name in File.ReadAllLines(manifest, Utf8).Where(n => n.Length > 0 && !current.Contains(n)))
        {
            var path = Path.Combine(directory, Path.GetFileName(name));
            if (File.Exists(path))
            {
                File.Delete(path);
                yield return new ArtifactWriteResult(path, ArtifactFileState.Deleted);
            }
        }
    }

    private static void WriteManifest(string directory, IReadOnlyList<Artifact> artifacts)
    {
        var text = string.Concat(artifacts.Select(a => a.FileName + "\n"));
        var manifest = Path.Combine(directory, ManifestName);
        if (!File.Exists(manifest) || File.ReadAllText(manifest, Utf8) != text)
        {
            AtomicFile.WriteAllText(manifest, text);
        }
    }
}
