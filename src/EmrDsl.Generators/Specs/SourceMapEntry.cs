namespace EmrDsl.Generators.Specs;

/// <summary>
/// One RunJobFlow JSON path (for example <c>Instances.InstanceGroups[1].Market</c>) and the DSL call that
/// last set it.
/// </summary>
public sealed record SourceMapEntry(string Path, LocationInfo Location);
