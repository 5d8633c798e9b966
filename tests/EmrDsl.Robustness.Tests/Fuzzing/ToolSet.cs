extern alias analyzers;

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using DefinitionRuleAnalyzer = analyzers::EmrDsl.Analyzers.DefinitionRuleAnalyzer;

namespace EmrDsl.Robustness.Tests.Fuzzing;

/// <summary>The analyzers the fuzzer runs beside the generator: every one EmrDsl.Analyzers ships, found by its attribute.</summary>
internal static class ToolSet
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        typeof(DefinitionRuleAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
