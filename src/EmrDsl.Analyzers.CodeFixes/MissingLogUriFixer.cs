using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>EMR002: appends <c>.LogUri("...")</c> to the definition, with <c>emrdsl.default_log_uri</c> or a placeholder to replace.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingLogUriFixer))]
[Shared]
public sealed class MissingLogUriFixer : CodeFixProvider
{
    /// <summary>Used when <c>emrdsl.default_log_uri</c> is not set; obviously not a real bucket, so it gets replaced.</summary>
    public const string PlaceholderLogUri = "s3://CHANGE-ME/emr-logs/";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingLogUri);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!await ClusterChains.CanAppendAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var uri = diagnostic.Properties.TryGetValue(DiagnosticProperties.DefaultLogUri, out var configured) && configured is not null ? configured : PlaceholderLogUri;
            context.RegisterCodeFix(
                ClusterChains.Action(
                    $"Set LogUri to \"{uri}\"",
                    nameof(MissingLogUriFixer),
                    context.Document,
                    span,
                    (_, chain) => DslCalls.Append(chain, "LogUri", LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(uri)))),
                diagnostic);
        }
    }
}
