using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace EmrDsl.Testing;

/// <summary>Links into this repository, as RepositoryUrl and RepositoryBranch in Directory.Build.props build them.</summary>
public static class RepositoryLinks
{
    public static string RepositoryUrl => Property("RepositoryUrl");

    /// <summary>
    /// Asserts that <paramref name="link"/> is the help page of diagnostic <paramref name="id"/>: docs/rules/{id}.md
    /// on the repository's branch at RepositoryUrl, a file this repository has.
    /// </summary>
    public static void AssertIsRulePage(string id, string? link)
    {
        var files = RepositoryUrl.TrimEnd('/') + "/blob/" + Property("RepositoryBranch") + "/";
        Assert.Equal(files + "docs/rules/" + id + ".md", link);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md")), $"{id}: its help link names docs/rules/{id}.md, which is missing");
    }

    private static string Property(string name) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants(name).Single().Value.Trim();
}
