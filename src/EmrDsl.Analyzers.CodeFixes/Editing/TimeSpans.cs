using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes.Editing;

/// <summary>Writes a <c>TimeSpan</c> argument (<c>TimeSpan.FromHours(1)</c>) the way the file can read it.</summary>
internal static class TimeSpans
{
    /// <summary>
    /// <c>TimeSpan.{factory}({amount})</c>, qualified as <c>System.TimeSpan</c> where <c>using System;</c> is not in
    /// effect at <paramref name="position"/> (bound there, so the names resolve as written).
    /// </summary>
    public static ExpressionSyntax From(SemanticModel model, int position, string factory, int amount)
    {
        var shortName = model.GetSpeculativeTypeInfo(position, ParseTypeName("TimeSpan"), SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        var timeSpan = shortName?.ToDisplayString() == "System.TimeSpan" ? ParseExpression("TimeSpan") : ParseExpression("System.TimeSpan");
        return InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, timeSpan, IdentifierName(factory)),
            ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(amount))))));
    }
}
