using System.Collections.Immutable;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>What the EMR001 and EMR006 fixers share: offer <see cref="OnDemandEdits"/> where it applies.</summary>
public abstract class OnDemandFixer : CodeFixProvider
{
    private readonly string _equivalenceKey;

    private protected OnDemandFixer(string diagnosticId, string equivalenceKey)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _equivalenceKey = equivalenceKey;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (root is not null && OnDemandEdits.Apply(root, span) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use on-demand capacity",
                        cancellationToken => Task.FromResult(context.Document.WithSyntaxRoot(OnDemandEdits.Apply(root, span)!)),
                        _equivalenceKey),
                    diagnostic);
            }
        }
    }
}
