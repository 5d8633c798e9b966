extern alias generator;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DefinitionGenerator = generator::EmrDsl.Generators.DefinitionGenerator;

namespace EmrDsl.Benchmarks;

/// <summary>Times the generator in an in-memory driver: cold, warm and incremental runs over a synthetic project.</summary>
internal static class GeneratorTimings
{
    private static readonly MetadataReference[] References =
        Basic.Reference.Assemblies.Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(Cluster).Assembly.Location)).ToArray();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static void Run(IReadOnlyList<int> sizes, int repetitions)
    {
        Console.WriteLine("| definitions | first run in process (ms) | cold (ms) | cold per definition (ms) | warm (ms) | warm per definition (ms) | unrelated edit (ms) | of which attribute lookup (ms) | one definition edited (ms) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var first = Time(() => Generate(Compile(size)));
            var cold = Median(repetitions, () => Time(() => Generate(Compile(size))));

            var compilation = Compile(size);
            Generate(compilation);
            var warm = Median(repetitions, () => Time(() => Generate(compilation)));

            var driver = Driver().RunGenerators(compilation);
            var edits = 0;
            var unrelated = Median(repetitions * 4, () =>
            {
                var edited = Replace(compilation, "Util.cs", SyntheticProject.Unrelated(43 + edits++));
                return Time(() => driver = driver.RunGenerators(edited));
            });
            var lookupDriver = CSharpGeneratorDriver.Create(new[] { new AttributeLookupGenerator().AsSourceGenerator() }, parseOptions: ParseOptions).RunGenerators(compilation);
            var lookup = Median(repetitions * 4, () =>
            {
                var edited = Replace(compilation, "Util.cs", SyntheticProject.Unrelated(43 + edits++));
                return Time(() => lookupDriver = lookupDriver.RunGenerators(edited));
            });
            var definition = Median(repetitions * 4, () =>
            {
                var edited = Replace(compilation, "Pipeline0.cs", SyntheticProject.Definition(0, "-v" + edits++));
                return Time(() => driver = driver.RunGenerators(edited));
            });

            Console.WriteLine(FormattableString.Invariant(
                $"| {size} | {first:0.0} | {cold:0.0} | {cold / size:0.000} | {warm:0.0} | {warm / size:0.000} | {unrelated:0.000} | {lookup:0.000} | {definition:0.000} |"));
        }
    }

    private static CSharpCompilation Compile(int definitions) =>
        CSharpCompilation.Create(
            "Synthetic",
            SyntheticProject.Files(definitions).Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Name)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(new[] { new DefinitionGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

    private static void Generate(CSharpCompilation compilation)
    {
        var result = Driver().RunGenerators(compilation).GetRunResult();
        var expected = compilation.SyntaxTrees.Count() - 2;
        if (result.GeneratedTrees.Length != expected || result.Diagnostics.Length != 0)
        {
            throw new InvalidOperationException($"Expected {expected} generated files and no diagnostics; got {result.GeneratedTrees.Length} files and {string.Join("; ", result.Diagnostics)}.");
        }
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, ParseOptions, path));
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(int count, Func<double> sample)
    {
        var samples = Enumerable.Range(0, count).Select(_ => sample()).OrderBy(x => x).ToList();
        return samples[samples.Count / 2];
    }
}
