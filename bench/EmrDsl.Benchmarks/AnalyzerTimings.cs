extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using AnalyzersAssembly = generator::EmrDsl.Analyzers.DefinitionRuleAnalyzer;
using DefinitionGenerator = generator::EmrDsl.Generators.DefinitionGenerator;

namespace EmrDsl.Benchmarks;

/// <summary>
/// Times the analyzers in memory as the compiler runs them: after the generator, on the compilation with its output,
/// the analyzers' summed callback time as Roslyn measures it (<c>logAnalyzerExecutionTime</c>). Analysis runs on one
/// thread so the sum is the analyzers' own time, not time spent waiting for a core; the build table has the compiler's
/// concurrent figure. Each run is a new compilation, so the generator evaluates again and the analyzers reuse that.
/// Then, as an editor does after each keystroke, the same analyzers on the next compilation after an unrelated edit
/// (the driver run again on it): the definitions' evaluations and rule findings are kept, so what remains is finding
/// and placing them.
/// </summary>
internal static class AnalyzerTimings
{
    public static void Run(IReadOnlyList<int> sizes, int repetitions)
    {
        var analyzers = typeof(AnalyzersAssembly).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        Console.WriteLine("| definitions | first run in process (ms) | median (ms) | per definition (µs) | after an unrelated edit (ms) | findings |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|");
        foreach (var size in sizes)
        {
            var (first, _, findings) = Analyze(size, analyzers);
            var runs = Enumerable.Range(0, repetitions).Select(_ => Analyze(size, analyzers)).ToList();
            var median = runs.Select(r => r.Milliseconds).OrderBy(x => x).ElementAt(repetitions / 2);
            var afterEdit = runs.Select(r => r.AfterEditMilliseconds).OrderBy(x => x).ElementAt(repetitions / 2);
            Console.WriteLine(FormattableString.Invariant($"| {size} | {first:0.0} | {median:0.0} | {1000 * median / size:0.0} | {afterEdit:0.0} | {findings} |"));
        }
    }

    private static (double Milliseconds, double AfterEditMilliseconds, string Findings) Analyze(int size, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = GeneratorTimings.Compile(size);
        var driver = GeneratorTimings.Driver().RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var milliseconds = AnalyzerMilliseconds(generated, analyzers, out var findings);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorTimings.Replace(compilation, "Util.cs", SyntheticProject.Unrelated(43)), out var edited, out _);
        return (milliseconds, AnalyzerMilliseconds(edited, analyzers, out _), findings);
    }

    private static double AnalyzerMilliseconds(Compilation generated, ImmutableArray<DiagnosticAnalyzer> analyzers, out string findings)
    {
        var withAnalyzers = generated.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        findings = string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} ×{g.Count()}"));
        return analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
    }
}
