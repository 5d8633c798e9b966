namespace EmrDsl.Generators.Specs;

/// <summary>How the project's payloads are emitted, from its properties and language version.</summary>
/// <param name="TypedConstants">A public class of typed constants per definition (<c>EmrDslArtifactConstants</c>) instead of an entry in its file's private manifest constant.</param>
/// <param name="RawStringLiterals">Whether the consuming compilation's language version has raw string literals (typed constants use them).</param>
/// <param name="Writes">Whether the compilation gets the artifact sources at all (<see cref="ProjectChoices.WritesArtifacts"/>).</param>
/// <remarks>A class, not a struct, like every value of the generator's pipeline (<see cref="PipelineValue{T}"/>).</remarks>
internal sealed record ArtifactsForm(bool TypedConstants, bool RawStringLiterals, bool Writes)
{
    public static ArtifactsForm Of(ProjectChoices choices, bool rawStringLiterals) =>
        new(choices.TypedConstants, rawStringLiterals, choices.WritesArtifacts);
}
