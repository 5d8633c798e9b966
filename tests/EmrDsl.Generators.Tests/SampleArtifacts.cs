using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Testing;

namespace EmrDsl.Generators.Tests;

/// <summary>The artifacts of one kind the sample repository (samples/src/Acme.DataPlatform) gets at build time, written to files for an oracle.</summary>
internal static class SampleArtifacts
{
    /// <summary>The sample repository's sources (less its program) with the global usings its project file implies.</summary>
    public static string[] Sources() =>
        Directory
            .GetFiles(Path.Combine(RepoPaths.Root, "samples", "src", "Acme.DataPlatform"), "*.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "Program.cs" && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Select(File.ReadAllText)
            .Prepend("global using System; global using System.Collections.Generic; global using System.Linq;")
            .ToArray();

    public static string[] Files(ArtifactKind kind)
    {
        var outcome = GeneratorHarness.Run(Sources());
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var directory = Directory.CreateTempSubdirectory("emrdsl-samples-").FullName;
        return (from definition in runtime.AllArtifacts()
                where definition.Payloads.ContainsKey(kind.ConstantName)
                select Write(Path.Combine(directory, definition.Definition + kind.FileSuffix), definition.Payloads[kind.ConstantName]))
            .ToArray();
    }

    public static string Write(string path, string content)
    {
        File.WriteAllText(path, content);
        return path;
    }
}
