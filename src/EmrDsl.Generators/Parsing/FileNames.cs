using System.Linq;
using System.Text;

namespace EmrDsl.Generators.Parsing;

/// <summary>Artifact file name stems: chosen with [EmrCluster(FileName = ...)] or derived from the cluster name.</summary>
internal static class FileNames
{
    /// <summary><c>Nightly ETL (prod)</c> becomes <c>nightly-etl-prod</c>.</summary>
    public static string Derive(string clusterName)
    {
        var stem = new StringBuilder();
        foreach (var c in clusterName.ToLowerInvariant())
        {
            var keep = IsAllowed(c) ? c : '-';
            if (keep != '-' || (stem.Length > 0 && stem[stem.Length - 1] != '-'))
            {
                stem.Append(keep);
            }
        }

        return stem.ToString().Trim('-', '.');
    }

    /// <summary>Why <paramref name="fileName"/> is not a usable stem, or null when it is.</summary>
    public static string? Problem(string fileName)
    {
        if (fileName.Length == 0)
        {
            return "is empty";
        }

        if (fileName.FirstOrDefault(c => !IsAllowed(c)) is var bad and not '\0')
        {
            return $"contains '{bad}'";
        }

        return char.IsLetterOrDigit(fileName[0]) ? null : "does not start with a letter or digit";
    }

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_';
}
