using System.Composition;
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
public sealed class KeptAliveWithoutAutoTerminationFixer : AppendCallFixer
{
    /// <summary>The finding that has no idle timeout at all; a timeout above emrdsl.max_idle_timeout is the author's number to lower.</summary>
    private const string KeptAlivePath = "Instances.KeepJobFlowAliveWhenNoSteps";

    public KeptAliveWithoutAutoTerminationFixer()
        : base(RuleIds.KeptAliveWithoutAutoTermination, "AutoTerminateAfterIdle")
    {
    }

    protected override bool Applies(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Path, out var path) && path == KeptAlivePath;

    protected override string Title(Diagnostic diagnostic) => "Terminate the cluster after one idle hour";

    /// <summary><c>TimeSpan.FromHours(1)</c>, qualified as <c>System.TimeSpan</c> where <c>using System;</c> is not in effect.</summary>
    protected override ExpressionSyntax CallArgument(Diagnostic diagnostic, SemanticModel model, int position)
    {
        var shortName = model.GetSpeculativeTypeInfo(position, ParseTypeName("TimeSpan"), SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        var timeSpan = shortName?.ToDisplayString() == "System.TimeSpan" ? ParseExpression("TimeSpan") : ParseExpression("System.TimeSpan");
        return InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, timeSpan, IdentifierName("FromHours")),
            ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(1))))));
    }
}
