using System.Collections.Immutable;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// A fix that appends one DSL call (<c>.LogUri("...")</c>, <c>.AutoTerminateAfterIdle(...)</c>) to the definition's
/// chain: the finding says what is missing, the fix adds the call that sets it.
/// </summary>
public abstract class AppendCallFixer : CodeFixProvider
{
    private readonly string _method;

    protected AppendCallFixer(string diagnosticId, string method)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _method = method;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!Applies(diagnostic) || !await ClusterChains.CanAppendAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                ClusterChains.Action(
                    Title(diagnostic),
                    GetType().Name,
                    context.Document,
                    span,
                    (model, chain) => DslCalls.Append(chain, _method, CallArgument(diagnostic, model, chain.SpanStart))),
                diagnostic);
        }
    }

    /// <summary>Whether this finding is one the appended call fixes (a rule may report several kinds).</summary>
    protected virtual bool Applies(Diagnostic diagnostic) => true;

    protected abstract string Title(Diagnostic diagnostic);

    /// <summary>The argument of the appended call, bound at <paramref name="position"/> so names resolve as written there.</summary>
    protected abstract ExpressionSyntax CallArgument(Diagnostic diagnostic, SemanticModel model, int position);
}
