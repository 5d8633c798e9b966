using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes.Editing;

/// <summary>
/// The comment at the end of a line (<c>.KeepAlive();   // why</c>): it describes the code on its line, so an edit
/// keeps it there and, where the code on the line gets wider or narrower, in its column.
/// </summary>
internal static class LineComments
{
    /// <summary>The token that ends the line <paramref name="node"/> ends on: the first from its last token on whose trailing trivia breaks the line.</summary>
    public static SyntaxToken? EndOfLine(SyntaxNode node)
    {
        for (var token = node.GetLastToken(); !token.IsKind(SyntaxKind.None); token = token.GetNextToken())
        {
            if (token.TrailingTrivia.Any(IsLineBreak))
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>Whether the trivia ends its line with a comment.</summary>
    public static bool HasComment(SyntaxTriviaList trailing) =>
        BeforeLineBreak(trailing).Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia));

    /// <summary>The trivia on the token's own line: what comes before the line break.</summary>
    public static SyntaxTriviaList BeforeLineBreak(SyntaxTriviaList trailing) => TriviaList(trailing.TakeWhile(t => !IsLineBreak(t)));

    /// <summary>The line break and what follows it.</summary>
    public static SyntaxTriviaList FromLineBreak(SyntaxTriviaList trailing) => TriviaList(trailing.SkipWhile(t => !IsLineBreak(t)));

    /// <summary>
    /// <paramref name="trailing"/> with the spaces before its comment changed so the comment stays in its column when
    /// the code before it changes width by <paramref name="widthChange"/> characters; at least one space stays.
    /// </summary>
    public static SyntaxTriviaList KeepColumn(SyntaxTriviaList trailing, int widthChange)
    {
        if (widthChange == 0 || trailing.Count < 2 || !trailing[0].IsKind(SyntaxKind.WhitespaceTrivia) || !HasComment(trailing))
        {
            return trailing;
        }

        var spaces = System.Math.Max(1, trailing[0].Span.Length - widthChange);
        return trailing.Replace(trailing[0], Whitespace(new string(' ', spaces)));
    }

    /// <summary>
    /// <paramref name="root"/> with <paramref name="original"/> replaced by <paramref name="replacement"/>; where
    /// the two differ on their last line only (<c>.Spot()</c> renamed at the end of a chain), the comment at the end
    /// of that line stays in its column.
    /// </summary>
    public static SyntaxNode Replace(SyntaxNode root, SyntaxNode original, SyntaxNode replacement)
    {
        var (before, after) = (original.ToString(), replacement.ToString());
        var widthChange = after.Length - before.Length;
        if (widthChange == 0
            || before.Substring(0, before.LastIndexOf('\n') + 1) != after.Substring(0, after.LastIndexOf('\n') + 1)
            || EndOfLine(original) is not { } lineEnd
            || !HasComment(lineEnd.TrailingTrivia))
        {
            return root.ReplaceNode(original, replacement);
        }

        if (lineEnd == original.GetLastToken())
        {
            return root.ReplaceNode(original, replacement.WithTrailingTrivia(KeepColumn(replacement.GetTrailingTrivia(), widthChange)));
        }

        return root.ReplaceSyntax(
            new[] { original },
            (_, _) => replacement,
            new[] { lineEnd },
            (token, _) => token.WithTrailingTrivia(KeepColumn(token.TrailingTrivia, widthChange)),
            Enumerable.Empty<SyntaxTrivia>(),
            (trivia, _) => trivia);
    }

    public static bool IsLineBreak(SyntaxTrivia trivia) => trivia.IsKind(SyntaxKind.EndOfLineTrivia);
}
