using System.IO;

namespace EmrDsl.Cli;

internal static class CliFiles
{
    public static string RequireExisting(string path) =>
        File.Exists(path) ? path : throw new CliException($"{path}: no such file.");
}
