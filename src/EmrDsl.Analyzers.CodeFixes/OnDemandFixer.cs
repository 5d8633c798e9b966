using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>What the EMR001 and EMR006 fixers share: offer <see cref="OnDemandEdits"/> where it applies.</summary>
public abstract class OnDemandFixer : DocumentFixer
{
    private protected OnDemandFixer(string diagnosticId)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    protected sealed override string Title(Diagnostic diagnostic) => "Use on-demand capacity";

    protected sealed override async Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is not null && OnDemandEdits.Apply(root, span) is { } fixedRoot ? document.WithSyntaxRoot(fixedRoot) : null;
    }
}
