using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes.Editing;

/// <summary>Finding and writing fluent DSL calls (<c>.Spot()</c>, <c>.LogUri("...")</c>) in a chain.</summary>
internal static class DslCalls
{
    /// <summary>The call a diagnostic marks: its span runs from the call's '.' to its closing parenthesis.</summary>
    public static InvocationExpressionSyntax? At(SyntaxNode root, TextSpan span) =>
        root.FindToken(span.Start) is { RawKind: (int)SyntaxKind.DotToken, Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } }
        && invocation.Span.End == span.End
            ? invocation
            : null;

    /// <summary>The called method's name: <c>Spot</c> for <c>g.Spot("0.5")</c>.</summary>
    public static string? Name(InvocationExpressionSyntax invocation) =>
        (invocation.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;

    /// <summary>The same call under another name with other arguments: <c>.Spot("0.5")</c> becomes <c>.OnDemand()</c>.</summary>
    public static InvocationExpressionSyntax Rename(InvocationExpressionSyntax invocation, string name, ArgumentListSyntax arguments)
    {
        var access = (MemberAccessExpressionSyntax)invocation.Expression;
        return invocation
            .WithExpression(access.WithName(IdentifierName(name).WithTriviaFrom(access.Name)))
            .WithArgumentList(arguments.WithTriviaFrom(invocation.ArgumentList));
    }

    /// <summary><paramref name="expression"/> in parentheses unless it binds tighter than any operator around it.</summary>
    public static ExpressionSyntax Parenthesized(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax or MemberAccessExpressionSyntax or IdentifierNameSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax or ObjectCreationExpressionSyntax
            ? expression
            : ParenthesizedExpression(expression);

    /// <summary>Every call of the fluent chain <paramref name="call"/> is part of, outermost first.</summary>
    public static List<InvocationExpressionSyntax> ChainOf(InvocationExpressionSyntax call)
    {
        ExpressionSyntax outermost = call;
        while (outermost.Parent is MemberAccessExpressionSyntax access && access.Expression == outermost && access.Parent is InvocationExpressionSyntax outer)
        {
            outermost = outer;
        }

        var calls = new List<InvocationExpressionSyntax>();
        for (var current = outermost; current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation; current = access.Expression)
        {
            calls.Add(invocation);
        }

        return calls;
    }
}
