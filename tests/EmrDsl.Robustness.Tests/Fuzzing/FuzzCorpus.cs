using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using EmrDsl.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Robustness.Tests.Fuzzing;

/// <summary>
/// The definitions the fuzzer starts from: every C# source held in a string in the generator and analyzer
/// tests, the samples and the end-to-end test projects. Read from the checkout, so new tests feed the fuzzer too.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly string[] TestFolders = { "tests/EmrDsl.Generators.Tests", "tests/EmrDsl.Analyzers.Tests" };

    /// <summary>An interpolation hole in a test's template becomes a plain definition body.</summary>
    private const string HoleFiller = "Cluster.Create(\"filled\")";

    // Analyzer tests mark expected spans as {|EMR001:code|}; the markup is not C#.
    private static readonly Regex Markup = new(@"\{\|[A-Za-z0-9#]+:|\|\}|\[\||\|\]", RegexOptions.CultureInvariant);

    private const string FragmentUsings = "using System;\nusing System.Collections.Generic;\nusing System.Collections.Immutable;\nusing System.Linq;\nusing EmrDsl;\n\n";

    public static IReadOnlyList<string> Sources { get; } = Gather();

    private static IReadOnlyList<string> Gather()
    {
        var sources = new List<string>();
        foreach (var folder in TestFolders.Select(f => Path.Combine(RepoPaths.Root, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(IsSource).OrderBy(f => f, System.StringComparer.Ordinal))
            {
                sources.AddRange(EmbeddedDefinitions(File.ReadAllText(file)));
            }
        }

        sources.AddRange(WholeFiles("samples", "*.cs"));
        sources.AddRange(WholeFiles("tests/EmrDsl.EndToEnd.Tests/Projects", "*.cs.txt"));
        return sources.Distinct().ToList();
    }

    /// <summary>Files that are C# sources as they stand (the samples, the end-to-end test projects).</summary>
    private static IEnumerable<string> WholeFiles(string folder, string pattern)
    {
        var path = Path.Combine(RepoPaths.Root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories).Where(IsSource).OrderBy(f => f, System.StringComparer.Ordinal).Select(File.ReadAllText)
            : Enumerable.Empty<string>();
    }

    private static bool IsSource(string path) =>
        !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) &&
        !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar);

    /// <summary>String literals (plain, raw or interpolated) that hold a definition: they name a cluster or a marker.</summary>
    internal static IEnumerable<string> EmbeddedDefinitions(string testFile)
    {
        var root = CSharpSyntaxTree.ParseText(testFile).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            var text = node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                InterpolatedStringExpressionSyntax interpolated => Flatten(interpolated),
                _ => null,
            };
            if (text is not null && (text.Contains("Cluster") || text.Contains("[Emr")))
            {
                // A fragment that relies on usings its test adds (the evaluation catalogue's patterns) gets them here.
                yield return (text.Contains("using EmrDsl;") ? string.Empty : FragmentUsings) + Markup.Replace(text, string.Empty);
            }
        }
    }

    private static string Flatten(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            text.Append(content is InterpolatedStringTextSyntax part ? part.TextToken.ValueText : HoleFiller);
        }

        return text.ToString();
    }
}
