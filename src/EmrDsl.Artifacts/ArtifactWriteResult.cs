namespace EmrDsl.Artifacts;

public enum ArtifactFileState
{
    Written,
    Unchanged,
    Deleted,
}

/// <summary>What happened to one file in the output directory.</summary>
public sealed record ArtifactWriteResult(string Path, ArtifactFileState State);
