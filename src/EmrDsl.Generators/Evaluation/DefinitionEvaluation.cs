using EmrDsl.Generators.Specs;

namespace EmrDsl.Generators.Evaluation;

/// <summary>What evaluating one <c>[EmrCluster]</c> member gave: the cluster and where each of its values was set, or why not.</summary>
/// <param name="Cluster">The evaluated definition; null when evaluation stopped.</param>
/// <param name="SourceMap">Payload paths to the DSL calls that set them; null when evaluation stopped.</param>
/// <param name="Failure">Why evaluation stopped; null when it succeeded or when the code does not compile (the compiler reports that).</param>
internal sealed record DefinitionEvaluation(Cluster? Cluster, SourceMap? SourceMap, DiagnosticInfo? Failure)
{
    public static readonly DefinitionEvaluation DoesNotCompile = new(null, null, null);

    public static DefinitionEvaluation Failed(DiagnosticInfo? failure) => new(null, null, failure);
}
