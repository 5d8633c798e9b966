extern alias generator;

using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using StringLiteral = generator::EmrDsl.Generators.Emitter.StringLiteral;

namespace EmrDsl.Generators.Tests;

/// <summary>The emitter's literals are exactly Roslyn's (<c>SymbolDisplay.FormatLiteral</c>), whatever the text holds.</summary>
public sealed class StringLiteralTests
{
    public static TheoryData<string> Texts() => new()
    {
        string.Empty,
        "{\n  \"Name\": \"etl\",\n  \"Args\": [\"--day\", \"C:\\\\tmp\"]\n}\n",
        new string(Enumerable.Range(0, 128).Select(c => (char)c).ToArray()),
        "tab\there, bell\a, nul\0, del\x7f, escape\x1b",
        "café",
        "line\u2028separator\u2029paragraph\u0085next",
        "pair \ud83d\ude80 and lone \ud83d high",
        "lone low \ude80 at the end\ud83d",
        "\ufeffbyte order mark, \u200bzero width",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_literal_is_written_as_Roslyn_writes_it(string text) =>
        Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), StringLiteral.Quote(text));

    [Fact]
    public void Every_ASCII_character_on_its_own_is_written_as_Roslyn_writes_it()
    {
        foreach (var c in Enumerable.Range(0, 128).Select(c => ((char)c).ToString()))
        {
            Assert.Equal(SymbolDisplay.FormatLiteral(c, quote: true), StringLiteral.Quote(c));
        }
    }
}
