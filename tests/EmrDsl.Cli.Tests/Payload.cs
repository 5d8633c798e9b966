using System.IO;

namespace EmrDsl.Cli.Tests;

/// <summary>Writes a test payload to a fresh temporary file and returns its path.</summary>
internal static class Payload
{
    public static string Write(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-payload-").FullName, "payload.json");
        File.WriteAllText(path, json);
        return path;
    }
}
