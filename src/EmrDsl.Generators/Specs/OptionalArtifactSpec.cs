using EmrDsl.Model;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// One optional artifact of a definition, written ahead of the project's choice (<see cref="ProjectChoices"/>) so that a
/// change to that choice picks it up without evaluating the definition again.
/// </summary>
/// <param name="Switch">Which optional kind (<c>StepFunctions</c>).</param>
/// <param name="Chosen">The attribute's choice; null when the attribute leaves it to the project.</param>
/// <param name="Artifact">The constant, when it could be written.</param>
/// <param name="Diagnostics">Why it is not written (EMRG012, EMRG015), reported only when it is asked for.</param>
internal sealed record OptionalArtifactSpec(string Switch, bool? Chosen, NamedArtifact? Artifact, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool IsAskedFor(ProjectChoices project) => Chosen ?? project.Enables(Switch);
}
