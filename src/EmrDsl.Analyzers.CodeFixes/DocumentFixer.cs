using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// A fix that edits only the document its finding is in: one finding at a time from the light bulb, and every
/// finding of each document in one pass for Fix All in document, project or solution scope.
/// </summary>
/// <remarks>
/// Fix All does not go through the equivalence key: each fixer offers one kind of action, and
/// <c>dotnet format analyzers</c> takes the key from the first finding of any rule it was asked to fix, so a
/// key filter (as <see cref="WellKnownFixAllProviders.BatchFixer"/> applies) would drop every fix of the others.
/// </remarks>
public abstract class DocumentFixer : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAllAsync(document, diagnostics, context.CancellationToken));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await FixAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } fixedDocument)
            {
                context.RegisterCodeFix(CodeAction.Create(Title(diagnostic), _ => Task.FromResult(fixedDocument), GetType().Name), diagnostic);
            }
        }
    }

    protected abstract string Title(Diagnostic diagnostic);

    /// <summary>The document with <paramref name="diagnostic"/> fixed, or null where this fixer has no edit for it.</summary>
    protected abstract Task<Document?> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>
    /// Fixes the findings last to first: an edit changes text only in the chain of its finding or after it, so the
    /// findings still to fix stay at the spans they were reported at. Findings of other rules (a caller may pass
    /// them along) are left alone.
    /// </summary>
    private async Task<Document?> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var current = document;
        foreach (var diagnostic in diagnostics.Where(d => FixableDiagnosticIds.Contains(d.Id)).OrderByDescending(d => d.Location.SourceSpan.Start))
        {
            current = await FixAsync(current, diagnostic, cancellationToken).ConfigureAwait(false) ?? current;
        }

        return current == document ? null : current;
    }
}
