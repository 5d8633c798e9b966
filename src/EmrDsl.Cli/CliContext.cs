using System;
using System.IO;

namespace EmrDsl.Cli;

/// <summary>Where a command writes, and the one place that turns bad input into a one-line error and exit code 2.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public int Run(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception ex) when (ex is CliException or IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException or InvalidDataException)
        {
            Error.WriteLine("emrdsl: " + ex.Message);
            return ExitCodes.BadInput;
        }
    }
}
