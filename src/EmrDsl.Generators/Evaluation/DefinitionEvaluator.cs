using System.Linq;
using System.Threading;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The one entry point that turns a marked member (<c>[EmrCluster]</c>, <c>[EmrServerless]</c>, <c>[EmrSteps]</c>) into its DSL value
/// and <see cref="SourceMap"/>: the generator emits payloads from the result, the analyzers run the rules on it.
/// </summary>
internal static class DefinitionEvaluator
{
    /// <summary>The member as messages show it: <c>Pipelines.NightlyEtl</c>.</summary>
    public static string DisplayName(ISymbol member) => $"{member.ContainingType?.Name}.{member.Name}";

    /// <summary>The member's name, where definition-level diagnostics go.</summary>
    public static LocationInfo Location(ISymbol member, SyntaxNode declaration) =>
        LocationInfo.From(member.Locations.FirstOrDefault()) ?? LocationInfo.From(declaration)!;

    /// <param name="member">The marked property, field or method.</param>
    /// <param name="declaration">Its declaration (the property, the field's variable declarator, the method).</param>
    /// <remarks>Throws only on cancellation and on bugs; every problem in the definition becomes the result's failure.</remarks>
    public static DefinitionEvaluation Evaluate(ISymbol member, SyntaxNode declaration, DefinitionKind kind, Compilation compilation, CancellationToken cancellationToken)
    {
        if (declaration.ContainsDiagnostics && declaration.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Half-typed code: the compiler reports it; evaluating a recovered tree would give a guess.
            return DefinitionEvaluation.DoesNotCompile;
        }

        var location = Location(member, declaration);
        if (DefinitionTargets.Problem(member, kind) is { } problem)
        {
            return DefinitionEvaluation.Failed(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTarget, location, DisplayName(member), problem, kind.AttributeName, kind.ResultNames));
        }

        if (EvaluationCache.Find(member, declaration.SyntaxTree, kind, compilation) is { } cached)
        {
            return cached;
        }

        var evaluator = new OperationEvaluator(compilation, cancellationToken);
        var result = Interpret(evaluator, member, declaration, kind, location) with { Dependencies = evaluator.Dependencies.Trees };
        EvaluationCache.Store(member, declaration.SyntaxTree, kind, compilation, result);
        return result;
    }

    private static DefinitionEvaluation Interpret(OperationEvaluator evaluator, ISymbol member, SyntaxNode declaration, DefinitionKind kind, LocationInfo location)
    {
        using var culture = InvariantCultureScope.Enter();
        try
        {
            var value = evaluator.EvaluateDefinition(member, declaration);
            if (!kind.IsResult(value) || SpecShapes.TryWrite(value) is not { SpecType: var root })
            {
                throw new EvaluationFailure(DiagnosticInfo.Create(DiagnosticDescriptors.NotEvaluable, location, $"'{DisplayName(member)}'", $"it evaluates to null; return a {kind.ResultNames}"));
            }

            return new DefinitionEvaluation(value, new SourceMap(location, evaluator.SourceMap.Entries(root)), Failure: null);
        }
        catch (EvaluationFailure failure)
        {
            return DefinitionEvaluation.Failed(failure.Diagnostic);
        }
    }
}
