using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace EmrDsl.Testing;

/// <summary>
/// Runs a Node.js validator installed in tests/tools (by <c>npm ci</c> from its committed package-lock.json, see
/// tests/install.sh): the validators share how they are found, started, waited for and reported.
/// </summary>
public static class NodeTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs the script at <paramref name="script"/> (relative to tests/tools) with <paramref name="arguments"/>; returns
    /// null when it exits 0, else its exit code and output as a report.
    /// </summary>
    public static string? Findings(string tool, string script, string installHint, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script(tool, script, installHint));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException($"The {tool} needs Node.js: install it and put `node` on PATH, then run `bash tests/install.sh`.", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The {tool} did not finish within {Timeout}.");
            }

            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{tool} exit code {process.ExitCode}:\n{output.Result}\n{error.Result}";
        }
    }

    private static string Script(string tool, string script, string installHint)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "tools", script);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The {tool} is not installed ({path} is missing). Run `bash tests/install.sh` ({installHint}).", path);
        }

        return path;
    }
}
