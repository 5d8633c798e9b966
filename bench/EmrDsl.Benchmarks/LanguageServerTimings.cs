using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using EmrDsl.EndToEnd.Tests.LanguageServer;

namespace EmrDsl.Benchmarks;

/// <summary>
/// What a user of csharp-ls (with analyzers enabled) waits for in a synthetic project written by <c>write-project</c>:
/// from opening a definitions file in a just-started server (which then loads the project, runs the generator and the
/// analyzers) to its EMR diagnostics; from an edit to the updated diagnostics; and from opening a second file once the
/// project is loaded. Each repetition starts a new server; the edits alternate between adding a Spot core group (EMR001
/// appears) and removing it again (EMR001 goes).
/// </summary>
internal static class LanguageServerTimings
{
    private const int EditsPerServer = 6;
    private const string SpotCore = "\n        .Core(\"r5.2xlarge\", 2, g => g.Spot())";
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan EditTimeout = TimeSpan.FromMinutes(5);

    public static void Run(string repositoryRoot, int repetitions, IReadOnlyList<string> projects)
    {
        Console.WriteLine("| definitions | open to diagnostics, server just started (s) | each run (s) | edit to updated diagnostics (s) | edits (s, min-max) | second file opened, project loaded (s) |");
        Console.WriteLine("|---:|---:|---|---:|---|---:|");
        foreach (var project in projects)
        {
            var opens = new List<double>();
            var edits = new List<double>();
            var warmOpens = new List<double>();
            for (var rep = 0; rep < repetitions; rep++)
            {
                Measure(repositoryRoot, project, opens, edits, warmOpens);
            }

            var definitions = Directory.GetFiles(project, "Pipeline*.cs").Length;
            Console.WriteLine(FormattableString.Invariant(
                $"| {definitions} | {Median(opens):0.00} | {string.Join(" ", opens.Select(o => o.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))} | {Median(edits):0.00} | {edits.Min():0.00}-{edits.Max():0.00} ({edits.Count}) | {Median(warmOpens):0.00} |"));
        }
    }

    private static void Measure(string repositoryRoot, string project, List<double> opens, List<double> edits, List<double> warmOpens)
    {
        var first = Path.Combine(project, "Pipeline0.cs");
        var second = Path.Combine(project, "Pipeline1.cs");
        var text = File.ReadAllText(first);
        var tag = text.IndexOf("\n        .Tag(\"pipeline\"", StringComparison.Ordinal);
        if (tag < 0)
        {
            throw new InvalidOperationException($"{first} is not a synthetic definition (no .Tag(\"pipeline\", ...) line).");
        }

        var withSpotCore = text.Insert(tag, SpotCore);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repositoryRoot };
        start.ArgumentList.Add("tool");
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(CSharpLanguageServer.Tool);
        using var server = CSharpLanguageServer.Start(start, project);

        var clock = Stopwatch.StartNew();
        server.Open(first);
        server.WaitForDiagnostics(first, Has("EMR004"), OpenTimeout, "EMR004 after opening the file");
        opens.Add(clock.Elapsed.TotalSeconds);

        for (var edit = 0; edit < EditsPerServer; edit++)
        {
            var addsSpot = edit % 2 == 0;
            clock.Restart();
            server.Change(first, addsSpot ? withSpotCore : text);
            server.WaitForDiagnostics(
                first,
                d => Has("EMR004")(d) && Has("EMR001")(d) == addsSpot,
                EditTimeout,
                addsSpot ? "EMR001 after adding a Spot core group" : "the diagnostics without EMR001 after removing the Spot core group");
            edits.Add(clock.Elapsed.TotalSeconds);
        }

        clock.Restart();
        server.Open(second);
        server.WaitForDiagnostics(second, Has("EMR004"), EditTimeout, "EMR004 after opening a second file");
        warmOpens.Add(clock.Elapsed.TotalSeconds);
    }

    private static Func<IReadOnlyList<LspDiagnostic>, bool> Has(string code) => diagnostics => diagnostics.Any(d => d.Code == code);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
