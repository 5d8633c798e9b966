using System.CommandLine;
using System.IO;
using EmrDsl.Cli.Commands;

namespace EmrDsl.Cli;

/// <summary>The command tree; <see cref="Run"/> is what Main and the tests call.</summary>
public static class EmrDslCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("emrdsl: EMR definitions as typed C#.")
        {
            ImportCommand.Create(context),
            LintCommand.Create(context),
            ValidateCommand.Create(context),
            ExportCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine("emrdsl: " + parsed.Errors[0].Message + " (see 'emrdsl --help')");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
