using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
public sealed class SkewProneSparkSettingsFixer : CodeFixProvider
{
    private static readonly string[] SafeguardKeys = { "spark.sql.adaptive.enabled", "spark.sql.adaptive.skewJoin.enabled" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SkewProneSparkSettings);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Path, out var path)
                || SafeguardKeys.FirstOrDefault(key => path?.EndsWith("." + key, StringComparison.Ordinal) == true) is not { } key
                || DslCalls.At(root, diagnostic.Location.SourceSpan) is not { } call
                || call.ArgumentList.Arguments.Select(a => a.Expression).LastOrDefault(IsFalse) is not { } falseValue)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set {key} to true",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(falseValue, True(falseValue).WithTriviaFrom(falseValue)))),
                    nameof(SkewProneSparkSettingsFixer)),
                diagnostic);
        }
    }

    private static bool IsFalse(ExpressionSyntax value) =>
        value.IsKind(SyntaxKind.FalseLiteralExpression)
        || (value is LiteralExpressionSyntax { Token.ValueText: var text } && value.IsKind(SyntaxKind.StringLiteralExpression) && string.Equals(text, "false", StringComparison.OrdinalIgnoreCase));

    private static ExpressionSyntax True(ExpressionSyntax falseValue) =>
        falseValue.IsKind(SyntaxKind.FalseLiteralExpression)
            ? LiteralExpression(SyntaxKind.TrueLiteralExpression)
            : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("true"));
}
