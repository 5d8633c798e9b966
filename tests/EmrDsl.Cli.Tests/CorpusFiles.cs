using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Testing;

namespace EmrDsl.Cli.Tests;

internal static class CorpusFiles
{
    public static IEnumerable<object[]> RunJobFlow() => Names("runjobflow");

    public static IEnumerable<object[]> AddJobFlowSteps() => Names("addjobflowsteps");

    public static string Path(string name) => RepoPaths.OracleFile("corpus", "runjobflow", name);

    public static string StepsPath(string name) => RepoPaths.OracleFile("corpus", "addjobflowsteps", name);

    private static IEnumerable<object[]> Names(string folder) =>
        Directory.GetFiles(RepoPaths.OracleFile("corpus", folder), "*.json")
            .Select(System.IO.Path.GetFileName).Order(System.StringComparer.Ordinal).Select(name => new object[] { name! });
}
