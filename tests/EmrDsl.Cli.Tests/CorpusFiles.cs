using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Testing;

namespace EmrDsl.Cli.Tests;

internal static class CorpusFiles
{
    public static IEnumerable<object[]> RunJobFlow() =>
        Directory.GetFiles(RepoPaths.SharedFile("corpus", "runjobflow"), "*.json")
            .Select(System.IO.Path.GetFileName).Order(System.StringComparer.Ordinal).Select(name => new object[] { name! });

    public static string Path(string name) => RepoPaths.SharedFile("corpus", "runjobflow", name);
}
