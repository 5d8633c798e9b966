using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// How much work one definition's evaluation may do, so a loop that never ends (or one far too long for a
/// configuration) stops with EMRG010 at the loop instead of hanging the IDE or the build. Shared by every evaluator
/// that works for the same definition.
/// </summary>
internal sealed class EvaluationBudget
{
    /// <summary>
    /// Operations one definition may evaluate. A realistic definition with helpers, loops and LINQ takes a few thousand;
    /// a million takes well under a second, so a runaway loop is caught before anyone waits for it.
    /// </summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>Nested calls of the project's own methods; deeper recursion would risk the compiler's stack.</summary>
    public const int MaxCallDepth = 200;

    private int _steps;

    /// <summary>The innermost loop (or recursive call) running, where an exhausted budget is reported.</summary>
    public SyntaxNode? Running { get; set; }

    public int CallDepth { get; set; }

    public void Step(SyntaxNode at)
    {
        if (++_steps > MaxSteps)
        {
            throw Exhausted(Running ?? at, $"it did not finish within {MaxSteps:N0} evaluation steps");
        }
    }

    /// <summary>Refuses a framework call that would build a sequence larger than the whole budget (Enumerable.Range(0, int.MaxValue)).</summary>
    public void Reserve(long count, SyntaxNode at)
    {
        if (count > MaxSteps - _steps)
        {
            throw Exhausted(at, $"it asks for {count:N0} elements, more than the {MaxSteps:N0} evaluation steps a definition may take");
        }
    }

    public static EvaluationFailure Exhausted(SyntaxNode at, string reason)
    {
        var keyword = at.GetFirstToken();
        var what = at is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax ? $"The '{keyword.Text}' loop" : $"'{Shorten(at.ToString())}'";
        var location = at is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax ? keyword.GetLocation() : at.GetLocation();
        return new EvaluationFailure(DiagnosticInfo.Create(DiagnosticDescriptors.EvaluationBudgetExceeded, LocationInfo.From(location), what, reason));
    }

    private static string Shorten(string text)
    {
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        return text.Length > 80 ? text.Substring(0, 77) + "..." : text;
    }
}
