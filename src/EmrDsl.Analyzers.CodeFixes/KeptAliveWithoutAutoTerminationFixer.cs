using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>EMR007: appends <c>.AutoTerminateAfterIdle(TimeSpan.FromHours(1))</c> after the call that keeps the cluster alive.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeptAliveWithoutAutoTerminationFixer))]
[Shared]
public sealed class KeptAliveWithoutAutoTerminationFixer : CodeFixProvider
{
    /// <summary>The finding that has no idle timeout at all; a timeout above emrdsl.max_idle_timeout is the author's number to lower.</summary>
    private const string KeptAlivePath = "Instances.KeepJobFlowAliveWhenNoSteps";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KeptAliveWithoutAutoTermination);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Path, out var path) || path != KeptAlivePath
                || !await ClusterChains.CanAppendAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                ClusterChains.Action(
                    "Terminate the cluster after one idle hour",
                    nameof(KeptAliveWithoutAutoTerminationFixer),
                    context.Document,
                    span,
                    (model, chain) => DslCalls.Append(chain, "AutoTerminateAfterIdle", OneHour(model, chain.SpanStart))),
                diagnostic);
        }
    }

    /// <summary><c>TimeSpan.FromHours(1)</c>, qualified as <c>System.TimeSpan</c> where <c>using System;</c> is not in effect.</summary>
    private static ExpressionSyntax OneHour(SemanticModel model, int position)
    {
        var shortName = model.GetSpeculativeTypeInfo(position, ParseTypeName("TimeSpan"), SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        var timeSpan = shortName?.ToDisplayString() == "System.TimeSpan" ? ParseExpression("TimeSpan") : ParseExpression("System.TimeSpan");
        return InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, timeSpan, IdentifierName("FromHours")),
            ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(1))))));
    }
}
