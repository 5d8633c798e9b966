namespace EmrDsl.Json;

/// <summary>Where a parsed value lies in its JSON text: character offsets, <see cref="End"/> exclusive.</summary>
internal readonly record struct JsonSpan(int Start, int End);
