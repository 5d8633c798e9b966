using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace EmrDsl.Testing;

/// <summary>
/// The Amazon States Language validator (<c>asl-validator</c> 4.0.0 on npm: the ASL JSON schema, state transitions and
/// path expressions), installed by <c>npm ci</c> in tests/tools from its committed package-lock.json.
/// </summary>
public static class AslValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Validates every file in one run; returns the validator's report when any definition is invalid, else null.</summary>
    public static string? Findings(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("No state machine definitions to validate.", nameof(files));
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script());
        foreach (var file in files)
        {
            start.ArgumentList.Add("--json-path");
            start.ArgumentList.Add(file);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("The ASL validator needs Node.js: install it and put `node` on PATH, then run `bash tests/install.sh`.", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The ASL validator did not finish {files.Count} definitions within {Timeout}.");
            }

            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"asl-validator exit code {process.ExitCode}:\n{output.Result}\n{error.Result}";
        }
    }

    private static string Script()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "asl-validator", "dist", "bin", "asl-validator.js");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The ASL validator is not installed ({path} is missing). Run `bash tests/install.sh` " +
                "(it runs `npm ci` in tests/tools, which installs asl-validator 4.0.0 from the committed package-lock.json).",
                path);
        }

        return path;
    }
}
