using System.Composition;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Containers;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>EMR053: appends <c>.Retry(5)</c> to a streaming EMR on EKS job run, so a failed driver is restarted.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EksRetryFixer))]
[Shared]
public sealed class EksRetryFixer : AppendCallFixer
{
    /// <summary>Enough to ride out a few transient failures without restarting a crash loop for long.</summary>
    public const int MaxAttempts = 5;

    public EksRetryFixer()
        : base(RuleIds.EksStreamingWithoutRetry, nameof(EksJobRun.Retry))
    {
    }

    protected override System.Func<ITypeSymbol?, bool>? IsChain => EksChains.IsJobRun;

    protected override string Title(Diagnostic diagnostic) => $"Retry the job's driver up to {MaxAttempts} times";

    protected override ExpressionSyntax CallArgument(Diagnostic diagnostic, SemanticModel model, int position) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(MaxAttempts));
}
