extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Generators.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Robustness.Tests.Fuzzing;

/// <summary>Runs the generator and every analyzer over one source and lists what went wrong in the tools themselves.</summary>
internal static class MutantRun
{
    /// <summary>CS8784: a generator failed to initialize; CS8785: it threw while generating; AD0001: an analyzer threw.</summary>
    private static readonly string[] ToolFailureIds = { "CS8784", "CS8785", "AD0001" };

    public static IReadOnlyList<string> Problems(string source, ImmutableArray<DiagnosticAnalyzer> analyzers, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => Run(source, analyzers, cancellation.Token));

        // The token bounds a cooperative tool; the wait bounds one that ignores it. WaitAny, unlike Wait, does not throw
        // when the work faulted or was cancelled, so those outcomes get their own message below.
        if (Task.WaitAny(new Task[] { work }, timeout + timeout) < 0)
        {
            return new[] { $"did not finish within {(timeout + timeout).TotalSeconds:0} s" };
        }

        if (work.IsCanceled || work.Exception?.InnerException is OperationCanceledException)
        {
            return new[] { $"cancelled after {clock.Elapsed.TotalSeconds:0.0} s (over the {timeout.TotalSeconds:0} s budget)" };
        }

        if (work.IsFaulted)
        {
            return new[] { "threw " + work.Exception!.InnerException };
        }

        return work.Result;
    }

    private static IReadOnlyList<string> Run(string source, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellation)
    {
        var compilation = GeneratorHarness.Compile(source);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics, cancellation);
        var result = driver.GetRunResult().Results.Single();

        var problems = new List<string>();
        if (result.Exception is { } exception)
        {
            problems.Add("the generator threw " + exception);
        }

        // The driver's diagnostics already include the generator's own.
        IEnumerable<Diagnostic> diagnostics = driverDiagnostics;
        if (!analyzers.IsEmpty)
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            diagnostics = diagnostics.Concat(output.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(cancellation).GetAwaiter().GetResult());
        }

        problems.AddRange(diagnostics.Where(d => ToolFailureIds.Contains(d.Id)).Select(d => d.ToString()));
        return problems;
    }
}
