using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// A fix that edits the DSL call its finding is about: one finding at a time from the light bulb, and every finding of
/// each document in one pass for Fix All in document, project or solution scope. A finding reported at a helper's call
/// carries the DSL call inside the helper as its additional location (docs/evaluation.md); the fix edits that call,
/// which fixes every definition the helper builds.
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
            var (tree, span) = Target(diagnostic);
            var document = context.Document.Project.Solution.GetDocument(tree) ?? context.Document;
            if (await FixAsync(document, span, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } fixedDocument)
            {
                context.RegisterCodeFix(CodeAction.Create(Title(diagnostic), _ => Task.FromResult(fixedDocument.Project.Solution), GetType().Name), diagnostic);
            }
        }
    }

    protected abstract string Title(Diagnostic diagnostic);

    /// <summary>The document with the DSL call at <paramref name="span"/> fixed, or null where this fixer has no edit for it.</summary>
    protected abstract Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>Where the edit goes: the DSL call inside a helper when the finding names one, else where it is reported.</summary>
    private static (SyntaxTree? Tree, TextSpan Span) Target(Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.FirstOrDefault(l => l.IsInSource) is { } inner
            ? (inner.SourceTree, inner.SourceSpan)
            : (diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan);

    /// <summary>
    /// Fixes the findings last to first: an edit changes text only in the chain of its finding or after it, so the
    /// findings still to fix stay at the spans they were reported at. Findings of other rules (a caller may pass
    /// them along), and findings whose call lies in another document, are left alone; definitions built by one
    /// helper share its call, which is fixed once.
    /// </summary>
    private async Task<Document?> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        var targets = diagnostics
            .Where(d => FixableDiagnosticIds.Contains(d.Id))
            .Select(d => (Diagnostic: d, Target: Target(d)))
            .Where(t => t.Target.Tree == tree)
            .GroupBy(t => t.Target.Span)
            .Select(g => g.First())
            .OrderByDescending(t => t.Target.Span.Start);
        var current = document;
        foreach (var (diagnostic, target) in targets)
        {
            current = await FixAsync(current, target.Span, diagnostic, cancellationToken).ConfigureAwait(false) ?? current;
        }

        return current == document ? null : current;
    }
}
