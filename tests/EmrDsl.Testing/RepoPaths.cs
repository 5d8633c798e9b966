using System;
using System.IO;

namespace EmrDsl.Testing;

/// <summary>Locates the repository and the oracles in ../shared beside it (read in place, never copied).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedFile(params string[] parts)
    {
        var path = Path.Combine(Shared, Path.Combine(parts));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"The oracle '{path}' is missing: tests expect ../shared beside the repository root.", path);
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
