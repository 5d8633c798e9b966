using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes.Editing;

/// <summary>
/// Appends <c>.{name}({argument})</c> to fluent chains. Where the chain's last call starts its own line, the new call
/// gets a line of its own with the same indentation, and the comment that ended the chain's last line stays on it
/// (in its column) instead of following the <c>;</c> onto the new line.
/// </summary>
internal static class AppendedCalls
{
    public static SyntaxNode Append(SyntaxNode root, IReadOnlyCollection<ExpressionSyntax> chains, string name, Func<ExpressionSyntax, ExpressionSyntax> argument)
    {
        // Tokens after a chain on its last line (";", ")"), whose trailing comment moves up to the chain's line.
        var commentsToMove = chains
            .Where(chain => OwnLine(chain) is not null)
            .Select(chain => LineComments.EndOfLine(chain))
            .OfType<SyntaxToken>()
            .Where(token => !chains.Any(chain => chain.GetLastToken() == token) && LineComments.HasComment(token.TrailingTrivia))
            .ToList();

        return root.ReplaceSyntax(
            chains,
            (chain, _) => Append((ExpressionSyntax)chain, name, argument((ExpressionSyntax)chain)),
            commentsToMove,
            (token, _) => token.WithTrailingTrivia(LineComments.FromLineBreak(token.TrailingTrivia)),
            Enumerable.Empty<SyntaxTrivia>(),
            (trivia, _) => trivia);
    }

    private static ExpressionSyntax Append(ExpressionSyntax chain, string name, ExpressionSyntax argument)
    {
        var receiver = DslCalls.Parenthesized(chain.WithoutTrailingTrivia());
        var dot = Token(SyntaxKind.DotToken);
        var trailing = chain.GetTrailingTrivia();
        if (OwnLine(chain) is var (lineBreak, indentation))
        {
            var (sameLine, rest) = LineEnding(chain);
            receiver = receiver.WithTrailingTrivia(sameLine.Add(lineBreak));
            dot = dot.WithLeadingTrivia(indentation);
            trailing = rest;
        }

        return InvocationExpression(
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, dot, IdentifierName(name)),
                ArgumentList(SingletonSeparatedList(Argument(argument))))
            .WithTrailingTrivia(trailing);
    }

    /// <summary>
    /// What stays on the chain's last line after it, and the trivia the appended call ends with: the chain's own
    /// trailing trivia split at its line break, or the comment of the token that ends the line (moved up).
    /// </summary>
    private static (SyntaxTriviaList SameLine, SyntaxTriviaList AfterCall) LineEnding(ExpressionSyntax chain)
    {
        var own = chain.GetTrailingTrivia();
        if (own.Any(LineComments.IsLineBreak))
        {
            return (LineComments.BeforeLineBreak(own), LineComments.FromLineBreak(own));
        }

        if (LineComments.EndOfLine(chain) is { } lineEnd && LineComments.HasComment(lineEnd.TrailingTrivia))
        {
            // The tokens between the chain and the comment (";") move down with the chain's end: widen the gap by them.
            var moved = LineComments.BeforeLineBreak(lineEnd.TrailingTrivia);
            return (LineComments.KeepColumn(moved, -(lineEnd.Span.End - chain.Span.End)), own);
        }

        return (default, own);
    }

    /// <summary>
    /// The line break before the chain's last call and that call's indentation, when the call starts its own line;
    /// null when it does not.
    /// </summary>
    private static (SyntaxTrivia LineBreak, SyntaxTriviaList Indentation)? OwnLine(ExpressionSyntax chain)
    {
        if (chain is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { OperatorToken: var lastDot } }
            || lastDot.GetPreviousToken().TrailingTrivia.FirstOrDefault(LineComments.IsLineBreak) is not { RawKind: (int)SyntaxKind.EndOfLineTrivia } lineBreak)
        {
            return null;
        }

        // Only the whitespace after the last line break: blank lines and comment lines above the call stay where they are.
        var leading = lastDot.LeadingTrivia;
        var lastBreak = leading.Count - 1;
        while (lastBreak >= 0 && !LineComments.IsLineBreak(leading[lastBreak]))
        {
            lastBreak--;
        }

        return (lineBreak, TriviaList(leading.Skip(lastBreak + 1)));
    }
}
