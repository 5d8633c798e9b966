namespace EmrDsl.Generators.Parsing;

/// <summary>What the marker attribute chose for the payloads.</summary>
/// <param name="JobFlowId">The cluster id written into AddJobFlowSteps (<c>[EmrCluster(JobFlowId = ...)]</c>).</param>
internal sealed record ArtifactOptions(string JobFlowId);
