extern alias generator;

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using EvaluationCache = generator::EmrDsl.Generators.Evaluation.EvaluationCache;

namespace EmrDsl.Generators.Tests;

/// <summary>Edits and reruns for the incrementality tests: how many definitions a rerun evaluated, and what it generated.</summary>
internal static class GeneratorReruns
{
    /// <summary>Runs <paramref name="driver"/> on <paramref name="edited"/>: the evaluations it made and each definition's generated payloads, one after the other.</summary>
    public static (GeneratorDriver Driver, int Evaluations, Dictionary<string, string> Sources) Rerun(GeneratorDriver driver, CSharpCompilation edited)
    {
        var before = EvaluationCache.Evaluations;
        driver = driver.RunGenerators(edited);
        var evaluations = EvaluationCache.Evaluations - before;
        var result = driver.GetRunResult().Results.Single();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var sources = result.GeneratedSources.ToDictionary(s => string.Join(".", s.HintName.Split('.').Take(2)), s => GeneratedPayloads.Text(s.SourceText.ToString()));
        return (driver, evaluations, sources);
    }

    /// <summary>The compilation with its tree number <paramref name="index"/> replaced by <paramref name="source"/> (same path and options).</summary>
    public static CSharpCompilation Replace(CSharpCompilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)old.Options, old.FilePath));
    }
}
