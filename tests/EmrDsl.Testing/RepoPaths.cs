using System;
using System.IO;

namespace EmrDsl.Testing;

/// <summary>
/// Locates the repository, the oracle copies the tests read (tests/oracles) and the upstream they are refreshed
/// from (../shared beside the repository root, absent from a fresh clone).
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The repository's copies of the AWS service models, the Terraform schema and the request corpora.</summary>
    public static string Oracles => Path.Combine(Root, "tests", "oracles");

    /// <summary>The upstream oracles; only the check that the copies are current reads them.</summary>
    public static string Upstream => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string OracleFile(params string[] parts)
    {
        var path = Path.Combine(Oracles, Path.Combine(parts));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"The oracle '{path}' is missing: restore tests/oracles from git, or run 'bash tests/oracles/refresh.sh' with ../shared beside the repository root.", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EmrDsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EmrDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
