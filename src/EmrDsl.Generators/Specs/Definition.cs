using EmrDsl.Model;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// The result of evaluating one marked definition (<c>[EmrCluster]</c>, <c>[EmrServerless]</c>, <c>[EmrSteps]</c>): its artifacts when
/// evaluation succeeded, the source map that ties payload paths to calls, and the diagnostics to report.
/// </summary>
/// <param name="DefinitionId">The member's documentation id: stable and unique across the compilation.</param>
/// <param name="Name">The member as messages show it: <c>Pipelines.NightlyEtl</c>.</param>
/// <param name="Location">The marked member's name, where definition-level diagnostics go.</param>
/// <param name="Resource">What the definition creates and its name, when evaluation got that far.</param>
/// <param name="FileName">The artifact file name stem, when known.</param>
/// <param name="Artifacts">What the emitter writes; null when evaluation failed.</param>
/// <param name="SourceMap">Payload paths to DSL calls; null when evaluation failed.</param>
internal sealed record Definition(
    string DefinitionId,
    string Name,
    LocationInfo Location,
    DefinitionResource? Resource,
    string? FileName,
    ArtifactsSpec? Artifacts,
    SourceMap? SourceMap,
    EquatableArray<DiagnosticInfo> Diagnostics);
