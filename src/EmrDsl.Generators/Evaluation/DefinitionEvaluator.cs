using System.Linq;
using System.Threading;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The one entry point that turns an <c>[EmrCluster]</c> member into its <see cref="Cluster"/> and
/// <see cref="SourceMap"/>: the generator emits payloads from the result, the analyzers run the rules on it.
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
    public static DefinitionEvaluation Evaluate(ISymbol member, SyntaxNode declaration, Compilation compilation, CancellationToken cancellationToken)
    {
        if (declaration.ContainsDiagnostics && declaration.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Half-typed code: the compiler reports it; evaluating a recovered tree would give a guess.
            return DefinitionEvaluation.DoesNotCompile;
        }

        var location = Location(member, declaration);
        if (DefinitionTargets.Problem(member) is { } problem)
        {
            return DefinitionEvaluation.Failed(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTarget, location, DisplayName(member), problem));
        }

        using var culture = InvariantCultureScope.Enter();
        var evaluator = new OperationEvaluator(compilation, cancellationToken);
        try
        {
            var cluster = evaluator.EvaluateDefinition(member, declaration) as Cluster
                ?? throw new EvaluationFailure(DiagnosticInfo.Create(DiagnosticDescriptors.NotEvaluable, location, $"'{DisplayName(member)}'", "it evaluates to null; return a Cluster"));
            return new DefinitionEvaluation(cluster, new SourceMap(location, evaluator.SourceMap.Entries()), Failure: null);
        }
        catch (EvaluationFailure failure)
        {
            return DefinitionEvaluation.Failed(failure.Diagnostic);
        }
    }
}
