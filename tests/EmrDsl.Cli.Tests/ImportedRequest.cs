using System.IO;
using EmrDsl.Json;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>What every import test of a request file checks: the code rebuilds the request, and reads as approved.</summary>
internal static class ImportedRequest
{
    /// <summary>Imports <paramref name="path"/>, compiles the code and compares the request it builds with the file, by meaning.</summary>
    public static void RebuildsTheSameRequest(string path, string @namespace)
    {
        var run = CliRun.Of("import", path, "--class", "Imported", "--member", "Definition", "--namespace", @namespace);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var rebuilt = GeneratedDefinition.RequestJson(run.Output, @namespace + ".Imported", "Definition");
        Assert.Equal(JsonSemantics.Normalize(JsonParser.Parse(File.ReadAllText(path))), JsonSemantics.Normalize(JsonParser.Parse(rebuilt)));
    }

    /// <summary>Imports <paramref name="path"/> with the default names and matches the code with <c>Approved/{name}.cs.txt</c>.</summary>
    public static void MatchesItsSnapshot(string path, string name)
    {
        var run = CliRun.Of("import", path);

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output.Replace(path.Replace('\\', '/'), name), Path.ChangeExtension(name, ".cs.txt"));
    }
}
