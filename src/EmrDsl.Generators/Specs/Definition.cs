using System.Linq;
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
/// <param name="Optional">The optional artifacts not turned off by the attribute, each written or with why not; <see cref="For"/> picks.</param>
internal sealed record Definition(
    string DefinitionId,
    string Name,
    LocationInfo Location,
    DefinitionResource? Resource,
    string? FileName,
    ArtifactsSpec? Artifacts,
    SourceMap? SourceMap,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<OptionalArtifactSpec> Optional = default)
{
    /// <summary>The definition as <paramref name="project"/> asks for it: the optional artifacts asked for are added, or why they are not written.</summary>
    public Definition For(ProjectChoices project)
    {
        var asked = Optional.Where(o => o.IsAskedFor(project)).ToList();
        if (asked.Count == 0)
        {
            return this;
        }

        return this with
        {
            Artifacts = Artifacts is null ? null : Artifacts with { Artifacts = Artifacts.Artifacts.AddRange(asked.Where(o => o.Artifact is not null).Select(o => o.Artifact!)) },
            Diagnostics = Diagnostics.AddRange(asked.SelectMany(o => o.Diagnostics)),
        };
    }
}
