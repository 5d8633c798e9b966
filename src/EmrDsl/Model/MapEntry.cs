namespace EmrDsl.Model;

/// <summary>
/// One key/value pair of a string map (configuration properties, tags, step properties).
/// Maps keep the order the definition wrote them in, so output is deterministic.
/// </summary>
public sealed record MapEntry(string Key, string Value);
