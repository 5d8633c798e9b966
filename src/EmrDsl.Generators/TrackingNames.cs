namespace EmrDsl.Generators;

/// <summary>Names of the pipeline steps, so tests can assert which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string ProjectDefinitions = nameof(ProjectDefinitions);
    public const string Definitions = nameof(Definitions);
    public const string ProjectChoices = nameof(ProjectChoices);
    public const string ChosenArtifacts = nameof(ChosenArtifacts);
    public const string Artifacts = nameof(Artifacts);
    public const string ArtifactsForm = nameof(ArtifactsForm);
    public const string EmittedArtifacts = nameof(EmittedArtifacts);
    public const string ArtifactFiles = nameof(ArtifactFiles);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Identities = nameof(Identities);
    public const string DuplicateDiagnostics = nameof(DuplicateDiagnostics);
}
