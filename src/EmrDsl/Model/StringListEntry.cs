namespace EmrDsl.Model;

/// <summary>One entry of a map whose values are string lists (CloudWatch log types per log group).</summary>
public sealed record StringListEntry(string Key, EquatableArray<string> Values);
