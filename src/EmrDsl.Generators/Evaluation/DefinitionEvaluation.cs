using System;
using System.Collections.Generic;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>What evaluating one marked member gave: the DSL value and where each of its values was set, or why not.</summary>
/// <param name="Value">The evaluated definition (a <see cref="Cluster"/>, a <see cref="Serverless.ServerlessApplication"/>, ...); null when evaluation stopped.</param>
/// <param name="SourceMap">Payload paths to the DSL calls that set them; null when evaluation stopped.</param>
/// <param name="Failure">Why evaluation stopped; null when it succeeded or when the code does not compile (the compiler reports that).</param>
internal sealed record DefinitionEvaluation(object? Value, SourceMap? SourceMap, DiagnosticInfo? Failure)
{
    public static readonly DefinitionEvaluation DoesNotCompile = new(null, null, null);

    /// <summary>The syntax trees the evaluation read (see <see cref="EvaluationDependencies"/>); empty when it did not get that far.</summary>
    public IReadOnlyCollection<SyntaxTree> Dependencies { get; init; } = Array.Empty<SyntaxTree>();

    public static DefinitionEvaluation Failed(DiagnosticInfo? failure) => new(null, null, failure);
}
