using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using EmrDsl.Testing;

namespace EmrDsl.Cli.Tests;

/// <summary>
/// The official SARIF validator (<c>@microsoft/sarif-multitool</c> <c>validate</c>, the schema plus the SARIF2xxx rules
/// code-scanning services apply), installed by <c>npm ci</c> in tests/tools from its committed package-lock.json.
/// </summary>
internal static class SarifValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>One problem the validator reported: the log file, the place in it, the level and the rule's message.</summary>
    public sealed record Problem(string File, string Level, string RuleId, string Message)
    {
        public override string ToString() => $"{File}: {Level} {RuleId}: {Message}";
    }

    /// <summary>The errors and warnings the validator reports on <paramref name="logs"/>, checked in one run.</summary>
    public static IReadOnlyList<Problem> Validate(IReadOnlyList<string> logs)
    {
        var report = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-sarif-validation-").FullName, "validation.sarif");
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "validate", "--output", report }.Concat(logs))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The SARIF validator did not finish {logs.Count} logs within {Timeout}.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(report))
        {
            throw new InvalidOperationException($"The SARIF validator failed (exit code {process.ExitCode}):\n{output.Result}\n{error.Result}");
        }

        return Problems(report);
    }

    /// <summary>
    /// The validator's own report is a SARIF log: a result's level defaults to warning when absent (SARIF §3.27.10), and
    /// it exits 0 even when it finds errors, so the report is what says whether the logs passed.
    /// </summary>
    private static IReadOnlyList<Problem> Problems(string report)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(report));
        var run = log.RootElement.GetProperty("runs")[0];
        if (run.TryGetProperty("invocations", out var invocations)
            && invocations.EnumerateArray().Any(i => i.TryGetProperty("executionSuccessful", out var ok) && !ok.GetBoolean()))
        {
            throw new InvalidOperationException("The SARIF validator reports an unsuccessful run:\n" + File.ReadAllText(report));
        }

        return run.GetProperty("results").EnumerateArray()
            .Select(result => new Problem(
                result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "?",
                result.TryGetProperty("level", out var level) ? level.GetString() ?? "warning" : "warning",
                result.GetProperty("ruleId").GetString() ?? "?",
                Message(result)))
            .Where(problem => problem.Level is "error" or "warning")
            .ToList();
    }

    /// <summary>The validator writes its messages as rule templates with arguments; the first argument is the JSON path it means.</summary>
    private static string Message(JsonElement result)
    {
        var message = result.GetProperty("message");
        if (message.TryGetProperty("text", out var text))
        {
            return text.GetString() ?? string.Empty;
        }

        var arguments = message.TryGetProperty("arguments", out var args) ? string.Join(" | ", args.EnumerateArray().Select(a => a.GetString())) : string.Empty;
        return $"{message.GetProperty("id").GetString()}: {arguments}";
    }

    private static string Executable()
    {
        var (platform, file) =
            OperatingSystem.IsWindows() ? ("win32", "Sarif.Multitool.exe")
            : OperatingSystem.IsMacOS() ? ("darwin", "Sarif.Multitool")
            : ("linux", "Sarif.Multitool");
        var path = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "@microsoft", "sarif-multitool-" + platform, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The SARIF validator is not installed ({path} is missing). Run `bash tests/install.sh` " +
                "(it runs `npm ci` in tests/tools, which installs @microsoft/sarif-multitool from the committed package-lock.json).",
                path);
        }

        // The package makes its binary executable in a postinstall script, which `npm ci --ignore-scripts` skips.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            throw new InvalidOperationException(
                $"The SARIF validator {path} is not executable: run `bash tests/install.sh` (`npm ci` in tests/tools, without --ignore-scripts).");
        }

        return path;
    }
}
