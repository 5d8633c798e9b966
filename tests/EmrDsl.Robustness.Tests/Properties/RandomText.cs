using System;
using System.Text;

namespace EmrDsl.Robustness.Tests.Properties;

/// <summary>
/// A tiny seeded generator of hostile text: quotes, backslashes, Terraform template openers, control characters,
/// line and paragraph separators, emoji (surrogate pairs), lone surrogates, and now and then a very long run.
/// </summary>
internal sealed class RandomText(int seed)
{
    private static readonly string[] Pieces =
    {
        "\"", "\\", "'", "${", "%{", "$${", "%%{", "$", "%", "{", "}", "}}", "\"\"\"", "\\u0041", "\\n", "/", "*/", "<", "&", "#",
        "\n", "\r\n", "\r", "\t", "\0", "\u001f", "\u007f", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00e9", "\u0130", "\u0131", "I", "i",
        "\U0001F600", "\U00010000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", " ", "  ", "a", "Z", "0", "-", "_", ".",
    };

    private readonly Random random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>Any string, the empty one included.</summary>
    public string Any() => Build(random.Next(10) == 0 ? random.Next(1000, 6000) : random.Next(0, 24));

    /// <summary>A string with something other than white space in it (names and keys must have one).</summary>
    public string NonBlank(int maxLength = int.MaxValue)
    {
        var text = "x" + Any();
        return text.Length <= maxLength ? text : text.Substring(0, maxLength);
    }

    private string Build(int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    text.Append((char)random.Next(0x20, 0x7F));
                    break;
                case 1:
                    text.Append((char)random.Next(0x10000));
                    break;
                default:
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return text.ToString();
    }
}
