using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// EMR104: an application's <c>.DisableAutoStop()</c> becomes <c>.AutoStop(TimeSpan.FromMinutes(15))</c>, the idle
/// timeout EMR Serverless itself applies by default. An idle timeout above the team's limit is the author's number to
/// lower, so that finding gets no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ServerlessAutoStopFixer))]
[Shared]
public sealed class ServerlessAutoStopFixer : DocumentFixer
{
    /// <summary>"Default application behavior" (EMR Serverless User Guide): auto-stop after 15 idle minutes.</summary>
    public const int DefaultIdleMinutes = 15;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ServerlessAutoStop);

    protected override string Title(Diagnostic diagnostic) => $"Stop the application after {DefaultIdleMinutes} idle minutes";

    protected override async Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null
            || DslCalls.At(root, span) is not { } disableAutoStop
            || DslCalls.Name(disableAutoStop) != nameof(ServerlessApplication.DisableAutoStop))
        {
            return null;
        }

        var idle = TimeSpans.From(model, disableAutoStop.SpanStart, nameof(System.TimeSpan.FromMinutes), DefaultIdleMinutes);
        var autoStop = DslCalls.Rename(disableAutoStop, nameof(ServerlessApplication.AutoStop), ArgumentList(SingletonSeparatedList(Argument(idle))));
        return document.WithSyntaxRoot(LineComments.Replace(root, disableAutoStop, autoStop));
    }
}
