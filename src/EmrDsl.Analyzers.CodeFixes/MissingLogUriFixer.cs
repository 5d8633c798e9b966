using System.Composition;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>EMR002: appends <c>.LogUri("...")</c> to the definition, with <c>emrdsl.default_log_uri</c> or a placeholder to replace.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingLogUriFixer))]
[Shared]
public sealed class MissingLogUriFixer : AppendCallFixer
{
    /// <summary>Used when <c>emrdsl.default_log_uri</c> is not set; obviously not a real bucket, so it gets replaced.</summary>
    public const string PlaceholderLogUri = "s3://CHANGE-ME/emr-logs/";

    public MissingLogUriFixer()
        : base(RuleIds.MissingLogUri, "LogUri")
    {
    }

    protected override string Title(Diagnostic diagnostic) => $"Set LogUri to \"{LogUri(diagnostic)}\"";

    protected override ExpressionSyntax CallArgument(Diagnostic diagnostic, SemanticModel model, int position) =>
        LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(LogUri(diagnostic)));

    private static string LogUri(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.DefaultLogUri, out var configured) && configured is not null ? configured : PlaceholderLogUri;
}
