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
        Console.WriteLine("| definitions | first run in process (ms) | cold (ms) | cold per definition (ms) | warm (ms) | warm per definition (ms) | unrelated edit (ms) | attribute-lookup floor (ms) | unrelated edit / floor | one definition edited (ms) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var first = Time(() => Generate(Compile(size)));
            var cold = Median(repetitions, () => Time(() => Generate(Compile(size))));

            var compilation = Compile(size);
            Generate(compilation);
            var warm = Median(repetitions, () => Time(() => Generate(compilation)));

            var edits = 0;
            CSharpCompilation EditUnrelatedFile() => Replace(compilation, "Util.cs", SyntheticProject.Unrelated(43 + edits++));
            CSharpCompilation EditOneDefinition() => Replace(compilation, "Pipeline0.cs", SyntheticProject.Definition(0, "-v" + edits++));

            var driver = Driver().RunGenerators(compilation);
            var lookupDriver = LookupDriver().RunGenerators(compilation);
            var (unrelated, floor) = MedianSideBySide(ref driver, ref lookupDriver, repetitions * 4, EditUnrelatedFile);
            var definition = MedianRerun(ref driver, repetitions * 4, EditOneDefinition);

            Console.WriteLine(FormattableString.Invariant(
                $"| {size} | {first:0.0} | {cold:0.0} | {cold / size:0.000} | {warm:0.0} | {warm / size:0.000} | {unrelated:0.000} | {floor:0.000} | {unrelated / floor:0.00} | {definition:0.000} |"));
        }
    }

    /// <summary>
    /// The two ways of writing the same clusters side by side: each repetition times a cold run of the shared-base
    /// project and then of the helper-style project, so both see the same machine; medians per size.
    /// </summary>
    public static void RunStyles(IReadOnlyList<int> sizes, int repetitions)
    {
        Console.WriteLine("| definitions | shared base, cold (ms) | helpers, cold (ms) | shared base per definition (ms) | helpers per definition (ms) | helpers / shared base | helpers, unrelated edit (ms) | helpers, one definition edited (ms) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            Generate(Compile(size));
            Generate(Compile(size, DefinitionStyle.Helpers));
            var shared = new List<double>();
            var helpers = new List<double>();
            for (var i = 0; i < repetitions; i++)
            {
                var sharedCompilation = Compile(size);
                var helperCompilation = Compile(size, DefinitionStyle.Helpers);
                shared.Add(Time(() => Generate(sharedCompilation)));
                helpers.Add(Time(() => Generate(helperCompilation)));
            }

            var compilation = Compile(size, DefinitionStyle.Helpers);
            var driver = Driver().RunGenerators(compilation);
            var edits = 0;
            var unrelated = MedianRerun(ref driver, repetitions * 4, () => Replace(compilation, "Util.cs", SyntheticProject.Unrelated(43 + edits++)));
            var definition = MedianRerun(ref driver, repetitions * 4, () => Replace(compilation, "Pipeline0.cs", SyntheticProject.Definition(0, "-v" + edits++, DefinitionStyle.Helpers)));
            var (sharedMedian, helperMedian) = (Median(shared), Median(helpers));
            Console.WriteLine(FormattableString.Invariant(
                $"| {size} | {sharedMedian:0.0} | {helperMedian:0.0} | {sharedMedian / size:0.000} | {helperMedian / size:0.000} | {helperMedian / sharedMedian:0.00} | {unrelated:0.000} | {definition:0.000} |"));
        }
    }

    internal static CSharpCompilation Compile(int definitions, DefinitionStyle style = DefinitionStyle.SharedBase) =>
        CSharpCompilation.Create(
            "Synthetic",
            SyntheticProject.Files(definitions, style).Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Name)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    internal static GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(new[] { new DefinitionGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

    private static GeneratorDriver LookupDriver() =>
        CSharpGeneratorDriver.Create(new[] { new AttributeLookupGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

    private static void Generate(CSharpCompilation compilation)
    {
        var result = Driver().RunGenerators(compilation).GetRunResult();
        var expected = compilation.SyntaxTrees.Count() - 2;
        var written = result.GeneratedTrees.Sum(tree => CountOf(tree.ToString(), ArtifactsMarker));
        if (written != expected || result.Diagnostics.Length != 0)
        {
            throw new InvalidOperationException($"Expected {expected} definitions' artifacts and no diagnostics; got {written} in {result.GeneratedTrees.Length} files and {string.Join("; ", result.Diagnostics)}.");
        }
    }

    /// <summary>
    /// The line each definition gets at the top of the generated file its payloads are in (several share a file, and its
    /// one manifest constant, in a large project).
    /// </summary>
    private const string ArtifactsMarker = "// Evaluated at build time by EmrDsl.Generators from the [";

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    internal static CSharpCompilation Replace(CSharpCompilation compilation, string path, string text)
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

    /// <summary>The median time of re-running <paramref name="driver"/> after each of <paramref name="count"/> edits; its state carries over from one edit to the next.</summary>
    private static double MedianRerun(ref GeneratorDriver driver, int count, Func<CSharpCompilation> edit)
    {
        var current = driver;
        var median = Median(count, () =>
        {
            var edited = edit();
            return Time(() => current = current.RunGenerators(edited));
        });
        driver = current;
        return median;
    }

    /// <summary>
    /// The medians of <paramref name="driver"/> and <paramref name="floor"/> re-run after the same edits, interleaved and
    /// each going first every other time: each gets a compilation of its own for each edit, so neither finds the other's
    /// binding done.
    /// </summary>
    private static (double Driver, double Floor) MedianSideBySide(ref GeneratorDriver driver, ref GeneratorDriver floor, int count, Func<CSharpCompilation> edit)
    {
        var drivers = new List<double>();
        var floors = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var (driverEdit, floorEdit) = (edit(), edit());
            var (ownDriver, floorDriver) = (driver, floor);
            if (i % 2 == 0)
            {
                drivers.Add(Time(() => ownDriver = ownDriver.RunGenerators(driverEdit)));
                floors.Add(Time(() => floorDriver = floorDriver.RunGenerators(floorEdit)));
            }
            else
            {
                floors.Add(Time(() => floorDriver = floorDriver.RunGenerators(floorEdit)));
                drivers.Add(Time(() => ownDriver = ownDriver.RunGenerators(driverEdit)));
            }
            (driver, floor) = (ownDriver, floorDriver);
        }

        return (Median(drivers), Median(floors));
    }

    private static double Median(List<double> samples) => samples.OrderBy(x => x).ElementAt(samples.Count / 2);

    private static double Median(int count, Func<double> sample) => Median(Enumerable.Range(0, count).Select(_ => sample()).ToList());
}
