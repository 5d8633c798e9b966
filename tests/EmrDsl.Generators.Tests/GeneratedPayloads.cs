using System.Collections.Generic;
using System.Linq;
using EmrDsl.Artifacts;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators.Tests;

/// <summary>The payloads in one generated file, read from its manifest constant's literal as the compiler would read it.</summary>
internal static class GeneratedPayloads
{
    /// <summary>The payloads of the file's one definition.</summary>
    public static IReadOnlyDictionary<string, string> Of(string generatedSource) => Definitions(generatedSource).Single().Payloads;

    /// <summary>Every payload of the file, one after the other, for tests that look for a value anywhere in them.</summary>
    public static string Text(string generatedSource) => string.Concat(Definitions(generatedSource).SelectMany(d => d.Payloads.Values));

    private static List<ManifestDefinition> Definitions(string generatedSource)
    {
        var manifest = CSharpSyntaxTree.ParseText(generatedSource).GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>()
            .Single(field => field.AttributeLists.SelectMany(list => list.Attributes).Any(a => a.Name.ToString() == "global::EmrDsl.Artifacts.EmrArtifacts"))
            .Declaration.Variables.Single().Initializer!.Value;
        return ArtifactManifest.Read(((LiteralExpressionSyntax)manifest).Token.ValueText, "the generated constant");
    }
}
