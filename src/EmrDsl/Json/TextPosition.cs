namespace EmrDsl.Json;

/// <summary>1-based line and column of a character offset, as editors and SARIF count them (UTF-16 code units; a line ends at '\n').</summary>
internal static class TextPosition
{
    public static (int Line, int Column) Of(string text, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
