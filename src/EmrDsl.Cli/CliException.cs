using System;

namespace EmrDsl.Cli;

/// <summary>Bad input (a missing file, malformed JSON, a wrong shape): one line for the user, exit code 2.</summary>
public sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }
}
