using System.IO;

namespace EmrDsl.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = EmrDslCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
