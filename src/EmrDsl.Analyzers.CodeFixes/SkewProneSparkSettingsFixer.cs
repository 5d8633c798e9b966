using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// EMR005: turns a disabled Spark skew safeguard back on where it was turned off — <c>.AdaptiveExecution(false)</c>
/// becomes <c>.AdaptiveExecution(true)</c>, <c>.Set("spark.sql.adaptive.skewJoin.enabled", "false")</c> gets <c>"true"</c>.
/// The sizing findings need a number only the author can choose, so they get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SkewProneSparkSettingsFixer))]
[Shared]
public sealed class SkewProneSparkSettingsFixer : DocumentFixer
{
    private static readonly string[] SafeguardKeys = { "spark.sql.adaptive.enabled", "spark.sql.adaptive.skewJoin.enabled" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SkewProneSparkSettings);

    protected override string Title(Diagnostic diagnostic) => $"Set {SafeguardKey(diagnostic)} to true";

    protected override async Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null
            || SafeguardKey(diagnostic) is null
            || DslCalls.At(root, span) is not { } call
            || call.ArgumentList.Arguments.Select(a => a.Expression).LastOrDefault(IsFalse) is not { } falseValue)
        {
            return null;
        }

        return document.WithSyntaxRoot(LineComments.Replace(root, falseValue, True(falseValue).WithTriviaFrom(falseValue)));
    }

    /// <summary>The safeguard setting the finding is about; null for the sizing findings.</summary>
    private static string? SafeguardKey(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Path, out var path) && path is not null
            ? SafeguardKeys.FirstOrDefault(key => path.EndsWith("." + key, StringComparison.Ordinal))
            : null;

    private static bool IsFalse(ExpressionSyntax value) =>
        value.IsKind(SyntaxKind.FalseLiteralExpression)
        || (value is LiteralExpressionSyntax { Token.ValueText: var text } && value.IsKind(SyntaxKind.StringLiteralExpression) && string.Equals(text, "false", StringComparison.OrdinalIgnoreCase));

    private static ExpressionSyntax True(ExpressionSyntax falseValue) =>
        falseValue.IsKind(SyntaxKind.FalseLiteralExpression)
            ? LiteralExpression(SyntaxKind.TrueLiteralExpression)
            : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("true"));
}
