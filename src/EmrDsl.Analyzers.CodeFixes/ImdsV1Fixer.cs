using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// EMR046: <c>.InstanceMetadataService(1)</c> becomes <c>.InstanceMetadataService(2)</c>, so the nodes answer only IMDSv2
/// requests. A configuration with no metadata settings at all is reported at its definition and gets no fix: where the
/// call belongs in the chain is the author's choice.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImdsV1Fixer))]
[Shared]
public sealed class ImdsV1Fixer : DocumentFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.Imdsv1Allowed);

    protected override string Title(Diagnostic diagnostic) => "Require IMDSv2 (minimum version 2)";

    protected override async Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null
            || DslCalls.At(root, span) is not { } call
            || DslCalls.Name(call) != nameof(SecurityConfiguration.InstanceMetadataService)
            || VersionArgument(call) is not { } version)
        {
            return null;
        }

        var two = LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(2)).WithTriviaFrom(version);
        return document.WithSyntaxRoot(LineComments.Replace(root, version, two));
    }

    /// <summary>The literal 1 passed as the minimum version, by position or by name.</summary>
    private static ExpressionSyntax? VersionArgument(InvocationExpressionSyntax call)
    {
        var arguments = call.ArgumentList.Arguments;
        var argument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "minimumInstanceMetadataServiceVersion")
            ?? arguments.FirstOrDefault(a => a.NameColon is null);
        return argument?.Expression is LiteralExpressionSyntax { Token.Value: 1 } literal ? literal : null;
    }
}
