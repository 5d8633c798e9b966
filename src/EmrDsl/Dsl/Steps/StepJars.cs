namespace EmrDsl;

/// <summary>The jars EMR provides for running commands as steps.</summary>
internal static class StepJars
{
    /// <summary>Runs its arguments as a command on the primary node (EMR 4.0 and later).</summary>
    public const string CommandRunner = "command-runner.jar";

    /// <summary>Downloads a script (from S3, or takes a local path) and runs it with the step's arguments.</summary>
    public static string ScriptRunner(string region) => $"s3://{region}.elasticmapreduce/libs/script-runner/script-runner.jar";
}
