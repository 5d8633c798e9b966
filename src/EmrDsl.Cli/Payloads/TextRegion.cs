namespace EmrDsl.Cli.Payloads;

/// <summary>A 1-based line/column range in a text file; the end column is exclusive, as SARIF's <c>endColumn</c> is.</summary>
internal readonly record struct TextRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
