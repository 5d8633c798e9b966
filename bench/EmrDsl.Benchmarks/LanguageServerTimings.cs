using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using EmrDsl.EndToEnd.Tests.LanguageServer;

namespace EmrDsl.Benchmarks;

/// <summary>
/// What a user of csharp-ls (with analyzers enabled) waits for in a synthetic project written by <c>write-project</c>:
/// from opening a definitions file in a just-started server (which then loads the project, runs the generator and the
/// analyzers) to its diagnostics; from an edit to the updated diagnostics; and from opening a second file once the
/// project is loaded. Two kinds of edit to the same definition, each made and undone: a Spot
/// core group (EMR001 appears, then goes) and a reference to a name that does not exist (the compiler's CS0103); a
/// third edit, a method beside the definition that rethrows what it caught, raises CA2200, a warning of the .NET SDK's
/// own analyzers that every such project runs: the time this server takes to show any analyzer's finding. A
/// project written with <see cref="WithoutEmrDslFile"/> beside it builds without the generator and analyzers and is
/// measured on the compiler error and the SDK analyzer's warning: the same server's times without EmrDsl. (Every
/// synthetic project has that file; only bench/run.sh's copy without EmrDsl sets <see cref="WithoutEmrDslProperty"/> in it.)
/// </summary>
internal static class LanguageServerTimings
{
    /// <summary>bench/run.sh writes this file (turning UseEmrDslGenerator and UseEmrDslAnalyzers off) into a project without EmrDsl.</summary>
    public const string WithoutEmrDslFile = "Directory.Build.props";

    private const string WithoutEmrDslProperty = "<UseEmrDslGenerator>false</UseEmrDslGenerator>";

    /// <summary>Timed edits per kind: half make it, half undo it.</summary>
    private const int EditsPerKind = 6;
    private const string SpotCore = "\n        .Core(\"r5.2xlarge\", 2, g => g.Spot())";
    private const string MissingName = "\n        .Tag(MissingTagName, \"x\")";
    private const string Rethrow = "\n    private static void Rethrow()\n    {\n        try { System.Console.WriteLine(); } catch (System.Exception e) { throw e; }\n    }\n";
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan EditTimeout = TimeSpan.FromMinutes(5);

    public static void Run(string repositoryRoot, int repetitions, IReadOnlyList<string> projects)
    {
        var timings = projects.ToDictionary(p => p, _ => new Timings());
        for (var rep = 0; rep < repetitions; rep++)
        {
            // Interleaved: each project once per round, so a change of load hits all of them alike.
            foreach (var project in projects)
            {
                Measure(repositoryRoot, project, timings[project]);
            }
        }

        Console.WriteLine("| definitions | EmrDsl in the project | open to diagnostics, server just started (s) | each server (s) | edit to EMR001 updated (s) | edit to CS0103 updated (s) | edit to CA2200 updated (s) | second file opened (s) |");
        Console.WriteLine("|---:|---|---:|---|---:|---:|---:|---:|");
        foreach (var project in projects)
        {
            var t = timings[project];
            Console.WriteLine(Invariant(
                $"| {Definitions(project)} | {(HasEmrDsl(project) ? "yes" : "no")} | {Median(t.Opens):0.00} | {string.Join(" ", t.Opens.Select(o => o.ToString("0.00", CultureInfo.InvariantCulture)))} | {(t.FindingEdits.Count == 0 ? "-" : Spread(t.FindingEdits))} | {Spread(t.ErrorEdits)} | {Spread(t.SdkAnalyzerEdits)} | {Median(t.SecondOpens):0.00} |"));
        }

        Console.WriteLine();
        foreach (var size in projects.GroupBy(Definitions))
        {
            var with = size.Where(HasEmrDsl).Select(p => timings[p]).FirstOrDefault();
            var without = size.Where(p => !HasEmrDsl(p)).Select(p => timings[p]).FirstOrDefault();
            if (with is not null)
            {
                Console.WriteLine(Invariant($"- {size.Key} definitions: EMR001 after {Median(with.FindingEdits):0.00} s, {Median(with.FindingEdits) / Median(with.ErrorEdits):0.00}x the compiler error's {Median(with.ErrorEdits):0.00} s in the same project (target: at most 1.1x), {Median(with.FindingEdits) / Median(with.SdkAnalyzerEdits):0.00}x the SDK analyzer's CA2200 ({Median(with.SdkAnalyzerEdits):0.00} s)"));
            }

            if (with is not null && without is not null)
            {
                Console.WriteLine(Invariant($"- {size.Key} definitions: the compiler error after {Median(with.ErrorEdits):0.00} s with EmrDsl, {Median(without.ErrorEdits):0.00} s without: {Median(with.ErrorEdits) / Median(without.ErrorEdits):0.00}x (target: at most 1.10x); CA2200 after {Median(with.SdkAnalyzerEdits):0.00} s with EmrDsl, {Median(without.SdkAnalyzerEdits):0.00} s without: {Median(with.SdkAnalyzerEdits) / Median(without.SdkAnalyzerEdits):0.00}x"));
            }
        }
    }

    private static void Measure(string repositoryRoot, string project, Timings timings)
    {
        var emrDsl = HasEmrDsl(project);
        var first = Path.Combine(project, "Pipeline0.cs");
        var second = Path.Combine(project, "Pipeline1.cs");
        var text = File.ReadAllText(first);
        var tag = text.IndexOf("\n        .Tag(\"pipeline\"", StringComparison.Ordinal);
        if (tag < 0)
        {
            throw new InvalidOperationException($"{first} is not a synthetic definition (no .Tag(\"pipeline\", ...) line).");
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repositoryRoot };
        start.ArgumentList.Add("tool");
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(CSharpLanguageServer.Tool);
        using var server = CSharpLanguageServer.Start(start, project);

        // Without EmrDsl a definitions file has no diagnostics: its first publication is the answer.
        Func<IReadOnlyList<LspDiagnostic>, bool> loaded = emrDsl ? Has("EMR004") : _ => true;
        var clock = Stopwatch.StartNew();
        server.Open(first);
        server.WaitForDiagnostics(first, loaded, OpenTimeout, "the first diagnostics after opening the file");
        timings.Opens.Add(clock.Elapsed.TotalSeconds);

        var kinds = new List<EditKind>
        {
            new("CS0103", text.Insert(tag, MissingName), timings.ErrorEdits),
            new("CA2200", text.Insert(ClassEnd(first, text), Rethrow), timings.SdkAnalyzerEdits),
        };
        if (emrDsl)
        {
            kinds.Insert(0, new EditKind("EMR001", text.Insert(tag, SpotCore), timings.FindingEdits));
        }

        // The kinds take turns, the first of each round rotating: a server keeps warming up (JIT tiers, caches) for
        // many edits after it opened the file, and whichever kind went first in a block of its own came out up to
        // twice as slow as the same edit later (measured in process with MSBuildWorkspace, see bench/README.md).
        for (var round = 0; round < EditsPerKind / 2; round++)
        {
            for (var turn = 0; turn < kinds.Count; turn++)
            {
                var kind = kinds[(round + turn) % kinds.Count];
                Edit(server, first, kind.Edited, kind.Code, adds: true, kind.Times);
                Edit(server, first, text, kind.Code, adds: false, kind.Times);
            }
        }

        clock.Restart();
        server.Open(second);
        server.WaitForDiagnostics(second, loaded, EditTimeout, "the first diagnostics after opening a second file");
        timings.SecondOpens.Add(clock.Elapsed.TotalSeconds);
    }

    /// <summary>Puts <paramref name="text"/> in (which has <paramref name="code"/> when <paramref name="adds"/>), timing it until the published diagnostics agree.</summary>
    private static void Edit(CSharpLanguageServer server, string path, string text, string code, bool adds, List<double> times)
    {
        var clock = Stopwatch.StartNew();
        server.Change(path, text);
        server.WaitForDiagnostics(path, d => Has(code)(d) == adds, EditTimeout, adds ? $"{code} after the edit" : $"the diagnostics without {code} after undoing the edit");
        times.Add(clock.Elapsed.TotalSeconds);
    }

    /// <summary>One kind of edit: the diagnostic it brings, the edited file, and its times.</summary>
    private sealed record EditKind(string Code, string Edited, List<double> Times);

    /// <summary>Where a member can be added to the definition's class: before its closing brace, the file's last.</summary>
    private static int ClassEnd(string path, string text)
    {
        var end = text.LastIndexOf('}');
        return end >= 0 ? end : throw new InvalidOperationException($"{path} is not a synthetic definition (no closing brace).");
    }

    private static bool HasEmrDsl(string project) =>
        !File.Exists(Path.Combine(project, WithoutEmrDslFile)) || !File.ReadAllText(Path.Combine(project, WithoutEmrDslFile)).Contains(WithoutEmrDslProperty, StringComparison.Ordinal);

    private static int Definitions(string project) => Directory.GetFiles(project, "Pipeline*.cs").Length;

    private static Func<IReadOnlyList<LspDiagnostic>, bool> Has(string code) => diagnostics => diagnostics.Any(d => d.Code == code);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Spread(List<double> values) => Invariant($"{Median(values):0.00} ({values.Min():0.00}-{values.Max():0.00})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Timings
    {
        public List<double> Opens { get; } = new();

        public List<double> FindingEdits { get; } = new();

        public List<double> ErrorEdits { get; } = new();

        public List<double> SdkAnalyzerEdits { get; } = new();

        public List<double> SecondOpens { get; } = new();
    }
}
