namespace EmrDsl.EndToEnd.Tests.LanguageServer;

/// <summary>One published diagnostic: its code (EMR001) and 1-based line and column, as the compiler prints them.</summary>
public sealed record LspDiagnostic(string Code, int Line, int Column, string Message)
{
    public override string ToString() => $"({Line},{Column}) {Code}: {Message}";
}
