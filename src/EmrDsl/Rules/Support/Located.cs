namespace EmrDsl.Rules.Support;

/// <summary>A value found in the request and its path there.</summary>
internal readonly record struct Located<T>(T Value, string Path);
