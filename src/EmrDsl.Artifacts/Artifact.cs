namespace EmrDsl.Artifacts;

/// <summary>One file to write: its name (no directory) and its exact text.</summary>
public sealed record Artifact(string FileName, string Content, string Source);
