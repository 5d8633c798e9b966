using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Robustness.Tests.Fuzzing;

/// <summary>The analyzers the fuzzer runs beside the generator.</summary>
internal static class ToolSet
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = ImmutableArray<DiagnosticAnalyzer>.Empty;
}
