using System;

namespace EmrDsl.Json;

/// <summary>Malformed JSON, with the line and column (1-based) where reading stopped.</summary>
internal sealed class JsonParseException : Exception
{
    public JsonParseException(string reason, int line, int column)
        : base($"{reason} at line {line}, column {column}")
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    public string Reason { get; }

    public int Line { get; }

    public int Column { get; }
}
