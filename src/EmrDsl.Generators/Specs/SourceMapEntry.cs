namespace EmrDsl.Generators.Specs;

/// <summary>
/// One payload JSON path (for example <c>Instances.InstanceGroups[1].Market</c>) and the DSL call that last set it.
/// When that call sits in a helper with parameters (<c>Standard("etl", cores: 4)</c>), <see cref="Location"/> is the
/// helper's call in the definition, so each definition has its finding where it chose the arguments, and
/// <see cref="Inner"/> is the DSL call in the helper, where a change fixes every definition at once.
/// </summary>
internal sealed record SourceMapEntry(string Path, LocationInfo Location, LocationInfo? Inner = null);
