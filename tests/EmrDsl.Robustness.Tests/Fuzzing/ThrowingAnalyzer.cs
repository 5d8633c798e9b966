using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Robustness.Tests.Fuzzing;

/// <summary>An analyzer that always throws: proves the harness sees AD0001 at all.</summary>
#pragma warning disable RS1036, RS1041, RS2008 // A test double inside a test assembly, never shipped.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("TEST001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(_ => throw new InvalidOperationException("thrown on purpose"));
    }
}
