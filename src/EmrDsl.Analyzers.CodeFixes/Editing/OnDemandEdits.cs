using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes.Editing;

/// <summary>
/// Moves a node type off Spot (EMR001 for core nodes, EMR006 for the master): an instance group's
/// <c>.Spot(...)</c> becomes <c>.OnDemand()</c>; a fleet's <c>.SpotCapacity(n)</c> becomes on-demand capacity,
/// added to the fleet's <c>.OnDemandCapacity(m)</c> when it already has one.
/// </summary>
internal static class OnDemandEdits
{
    public const string SpotCall = "Spot";
    public const string SpotCapacityCall = "SpotCapacity";
    public const string OnDemandCapacityCall = "OnDemandCapacity";

    /// <summary>The new root, or null when the diagnostic does not mark one of those calls.</summary>
    public static SyntaxNode? Apply(SyntaxNode root, TextSpan span)
    {
        if (DslCalls.At(root, span) is not { } call)
        {
            return null;
        }

        return DslCalls.Name(call) switch
        {
            SpotCall => LineComments.Replace(root, call, DslCalls.Rename(call, "OnDemand", ArgumentList())),
            SpotCapacityCall when call.ArgumentList.Arguments.Count == 1 => MoveCapacity(root, call),
            _ => null,
        };
    }

    private static SyntaxNode MoveCapacity(SyntaxNode root, InvocationExpressionSyntax spotCapacity)
    {
        // The outermost call runs last, so its on-demand capacity is the one in effect.
        var onDemand = DslCalls.ChainOf(spotCapacity).FirstOrDefault(c => DslCalls.Name(c) == OnDemandCapacityCall && c.ArgumentList.Arguments.Count == 1);
        var spotUnits = spotCapacity.ArgumentList.Arguments[0].Expression;
        if (onDemand is null)
        {
            return LineComments.Replace(root, spotCapacity, DslCalls.Rename(spotCapacity, OnDemandCapacityCall, spotCapacity.ArgumentList));
        }

        var onDemandUnits = onDemand.ArgumentList.Arguments[0].Expression;
        return root.ReplaceNodes(
            new SyntaxNode[] { spotCapacity, onDemandUnits },
            (original, rewritten) => original == spotCapacity
                ? ((MemberAccessExpressionSyntax)((InvocationExpressionSyntax)rewritten).Expression).Expression.WithTrailingTrivia(spotCapacity.GetTrailingTrivia())
                : Sum((ExpressionSyntax)rewritten, spotUnits).WithTriviaFrom(rewritten));
    }

    private static ExpressionSyntax Sum(ExpressionSyntax left, ExpressionSyntax right) =>
        left is LiteralExpressionSyntax { Token.Value: int a } && right is LiteralExpressionSyntax { Token.Value: int b }
            ? LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal((a + b).ToString(CultureInfo.InvariantCulture), a + b))
            : BinaryExpression(SyntaxKind.AddExpression, DslCalls.Parenthesized(left.WithoutTrivia()), DslCalls.Parenthesized(right.WithoutTrivia()));
}
