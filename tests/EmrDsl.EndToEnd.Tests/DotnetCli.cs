using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>The outcome of one <c>dotnet</c> command: exit code and the merged console output.</summary>
public sealed record DotnetResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"dotnet {Command} exited with {ExitCode}:\n{Output}";
}

/// <summary>
/// Runs the SDK's <c>dotnet</c> as a user would, in a clean environment: no MSBuild settings inherited from the
/// test host, and no build servers left behind (they would outlive the test and hold its output pipes open).
/// </summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs an MSBuild command (<c>build</c>, <c>pack</c>): no node reuse, no shared compiler server.</summary>
    public static DotnetResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunTool(workingDirectory, environment, arguments.Concat(new[] { "-nodeReuse:false", "-p:UseSharedCompilation=false" }).ToArray());

    /// <summary>Runs any <c>dotnet</c> command (<c>format</c>) exactly as given.</summary>
    public static DotnetResult RunTool(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, environment, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {Timeout}:\n{output}");
        }

        process.WaitForExit();
        return new DotnetResult(string.Join(' ', arguments), process.ExitCode, output.ToString());
    }

    /// <summary>
    /// <c>dotnet</c> with <paramref name="arguments"/> in the user's environment: the test host's MSBuild settings
    /// removed (a language server's MSBuild must find the SDK's defaults too), no build server, plus <paramref name="environment"/>.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(IsHostSetting).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    // Set by `dotnet test` for its own MSBuild; a nested build must find the SDK's defaults instead.
    private static bool IsHostSetting(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
