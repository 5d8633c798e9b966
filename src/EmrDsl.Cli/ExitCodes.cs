namespace EmrDsl.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found problems (lint errors, validation failures).</summary>
    public const int Findings = 1;

    /// <summary>The command could not run: bad arguments, a missing or malformed input.</summary>
    public const int BadInput = 2;
}
