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

/// <summary>
/// EMR051: appends <c>.Monitoring("s3://...")</c> (its first parameter is the S3 log URI) to an EMR on EKS job run, with
/// <c>emrdsl.default_log_uri</c> or the same placeholder EMR002's fix uses.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EksLogsFixer))]
[Shared]
public sealed class EksLogsFixer : AppendCallFixer
{
    public EksLogsFixer()
        : base(RuleIds.PodLogsNotPersisted, nameof(EksJobRun.Monitoring))
    {
    }

    protected override System.Func<ITypeSymbol?, bool>? IsChain => EksChains.IsJobRun;

    protected override string Title(Diagnostic diagnostic) => $"Send the job's logs to \"{LogUri(diagnostic)}\"";

    protected override ExpressionSyntax CallArgument(Diagnostic diagnostic, SemanticModel model, int position) =>
        LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(LogUri(diagnostic)));

    private static string LogUri(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.DefaultLogUri, out var configured) && configured is not null ? configured : MissingLogUriFixer.PlaceholderLogUri;
}
