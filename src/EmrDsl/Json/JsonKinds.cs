namespace EmrDsl.Json;

/// <summary>Names a JSON value's kind for error messages.</summary>
internal static class JsonKinds
{
    public static string Describe(JsonValue value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonString s => $"the string \"{Truncate(s.Value)}\"",
        JsonNumber n => $"the number {n.Text}",
        JsonBool b => b.Value ? "true" : "false",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}
