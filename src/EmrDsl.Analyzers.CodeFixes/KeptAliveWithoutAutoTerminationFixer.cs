using System.Composition;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>EMR007: appends <c>.AutoTerminateAfterIdle(TimeSpan.FromHours(1))</c> after the call that keeps the cluster alive.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeptAliveWithoutAutoTerminationFixer))]
[Shared]
public sealed class KeptAliveWithoutAutoTerminationFixer : AppendCallFixer
{
    /// <summary>The finding that has no idle timeout at all; a timeout above emrdsl.max_idle_timeout is the author's number to lower.</summary>
    private const string KeptAlivePath = "Instances.KeepJobFlowAliveWhenNoSteps";

    public KeptAliveWithoutAutoTerminationFixer()
        : base(RuleIds.KeptAliveWithoutAutoTermination, "AutoTerminateAfterIdle")
    {
    }

    protected override bool Applies(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Path, out var path) && path == KeptAlivePath;

    protected override string Title(Diagnostic diagnostic) => "Terminate the cluster after one idle hour";

    protected override ExpressionSyntax CallArgument(Diagnostic diagnostic, SemanticModel model, int position) =>
        TimeSpans.From(model, position, nameof(System.TimeSpan.FromHours), 1);
}
