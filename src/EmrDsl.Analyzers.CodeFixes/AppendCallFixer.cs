using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// A fix that appends one DSL call (<c>.LogUri("...")</c>, <c>.AutoTerminateAfterIdle(...)</c>) to the definition's
/// chain: the finding says what is missing, the fix adds the call that sets it.
/// </summary>
public abstract class AppendCallFixer : DocumentFixer
{
    private readonly string _method;

    protected AppendCallFixer(string diagnosticId, string method)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _method = method;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    protected sealed override Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Applies(diagnostic)
            ? ClusterChains.AppendAsync(document, span, _method, (model, chain) => CallArgument(diagnostic, model, chain.SpanStart), cancellationToken, IsChain)
            : Task.FromResult<Document?>(null);

    /// <summary>Whether a call marked by the finding returns the definition's type, so the call can follow it; null for a <c>Cluster</c>.</summary>
    protected virtual System.Func<ITypeSymbol?, bool>? IsChain => null;

    /// <summary>Whether this finding is one the appended call fixes (a rule may report several kinds).</summary>
    protected virtual bool Applies(Diagnostic diagnostic) => true;

    /// <summary>The argument of the appended call, bound at <paramref name="position"/> so names resolve as written there.</summary>
    protected abstract ExpressionSyntax CallArgument(Diagnostic diagnostic, SemanticModel model, int position);
}
