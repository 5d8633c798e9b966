using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Robustness.Tests.Fuzzing;

/// <summary>Random edits of the kind a user makes while typing, plus some no user makes on purpose.</summary>
internal static class Mutator
{
    private static readonly string[] Garbage =
    {
        "{", "}", "(", ")", ";", ",", ".", "\"", "'", "$\"", "\"\"\"", "$$\"\"\"", "{{", "=>", "?", "!", "??", "@", "#", "#if X", "#endregion",
        "/*", "*/", "//", "\\", "null", "default", "new", "with", "static", "this", "throw", "await", "yield", "goto", "<", ">", "[EmrCluster]",
        "Cluster.Create(", ".With(s => s with {", "checked(", "int.MaxValue", "1e999", "0x", "\u2028", "\u0085", "\0", "\uD800", "\uDFFF", "\U0001F600",
    };

    public static string Mutate(string source, Random random)
    {
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            source = random.Next(6) switch
            {
                0 => DeleteToken(source, random),
                1 => Truncate(source, random),
                2 => DuplicateLine(source, random),
                3 => SwapArguments(source, random),
                4 => InsertGarbage(source, random),
                _ => InsertRandomCharacters(source, random),
            };
        }

        return source;
    }

    private static string DeleteToken(string source, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return source;
        }

        var token = tokens[random.Next(tokens.Count)];
        return source.Remove(token.SpanStart, token.Span.Length);
    }

    private static string Truncate(string source, Random random) => source.Substring(0, random.Next(source.Length + 1));

    private static string DuplicateLine(string source, Random random)
    {
        var lines = source.Split('\n').ToList();
        var index = random.Next(lines.Count);
        lines.Insert(index, lines[index]);
        return string.Join("\n", lines);
    }

    /// <summary>Swaps two arguments of one call (or, lacking any call with two, two tokens).</summary>
    private static string SwapArguments(string source, Random random)
    {
        var lists = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<BaseArgumentListSyntax>().Where(l => l.Arguments.Count >= 2).ToList();
        if (lists.Count == 0)
        {
            return DeleteToken(source, random);
        }

        var arguments = lists[random.Next(lists.Count)].Arguments;
        var first = random.Next(arguments.Count);
        var second = (first + 1 + random.Next(arguments.Count - 1)) % arguments.Count;
        var (a, b) = first < second ? (arguments[first], arguments[second]) : (arguments[second], arguments[first]);
        return source.Substring(0, a.SpanStart) + b.ToString() + source.Substring(a.Span.End, b.SpanStart - a.Span.End) + a.ToString() + source.Substring(b.Span.End);
    }

    private static string InsertGarbage(string source, Random random) =>
        source.Insert(random.Next(source.Length + 1), Garbage[random.Next(Garbage.Length)]);

    private static string InsertRandomCharacters(string source, Random random)
    {
        var count = random.Next(1, 8);
        var characters = new char[count];
        for (var i = 0; i < count; i++)
        {
            characters[i] = random.Next(4) == 0 ? (char)random.Next(0x10000) : (char)random.Next(0x20, 0x7F);
        }

        return source.Insert(random.Next(source.Length + 1), new string(characters));
    }
}
