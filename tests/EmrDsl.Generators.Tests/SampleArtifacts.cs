using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Testing;

namespace EmrDsl.Generators.Tests;

/// <summary>The artifacts of one kind the sample repository (samples/src/Acme.DataPlatform) gets at build time, written to files for an oracle.</summary>
internal static class SampleArtifacts
{
    public static string[] Files(ArtifactKind kind)
    {
        var sources = Directory
            .GetFiles(Path.Combine(RepoPaths.Root, "samples", "src", "Acme.DataPlatform"), "*.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "Program.cs" && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Select(File.ReadAllText)
            .Prepend("global using System; global using System.Collections.Generic; global using System.Linq;")
            .ToArray();
        var outcome = GeneratorHarness.Run(sources);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        var directory = Directory.CreateTempSubdirectory("emrdsl-samples-").FullName;
        return (from type in runtime.Assembly.GetTypes()
                where type.GetCustomAttributes(inherit: false).Any(a => a.GetType().Name == nameof(EmrArtifactsAttribute))
                let field = type.GetField(kind.ConstantName)
                where field is not null
                select Write(Path.Combine(directory, type.Name + kind.FileSuffix), (string)field.GetRawConstantValue()!))
            .ToArray();
    }

    public static string Write(string path, string content)
    {
        File.WriteAllText(path, content);
        return path;
    }
}
