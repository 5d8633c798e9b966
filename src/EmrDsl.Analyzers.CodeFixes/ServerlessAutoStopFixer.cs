using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
public sealed class ServerlessAutoStopFixer : CodeFixProvider
{
    /// <summary>"Default application behavior" (EMR Serverless User Guide): auto-stop after 15 idle minutes.</summary>
    public const int DefaultIdleMinutes = 15;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ServerlessAutoStop);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && DslCalls.At(root, diagnostic.Location.SourceSpan) is { } call && DslCalls.Name(call) == nameof(ServerlessApplication.DisableAutoStop))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Stop the application after {DefaultIdleMinutes} idle minutes",
                        cancellationToken => StopWhenIdleAsync(context.Document, root, call, cancellationToken),
                        nameof(ServerlessAutoStopFixer)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> StopWhenIdleAsync(Document document, SyntaxNode root, InvocationExpressionSyntax disableAutoStop, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return document;
        }

        var idle = TimeSpans.From(model, disableAutoStop.SpanStart, nameof(System.TimeSpan.FromMinutes), DefaultIdleMinutes);
        var autoStop = DslCalls.Rename(disableAutoStop, nameof(ServerlessApplication.AutoStop), ArgumentList(SingletonSeparatedList(Argument(idle))));
        return document.WithSyntaxRoot(root.ReplaceNode(disableAutoStop, autoStop));
    }
}
