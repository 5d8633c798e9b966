namespace EmrDsl.Artifacts;

/// <summary>
/// One kind of file a definition produces: the constant the generator emits it as, and the file suffix
/// the build writes it under (<c>&lt;FileName&gt;&lt;Suffix&gt;</c>).
/// </summary>
public sealed record ArtifactKind(string ConstantName, string FileSuffix);
