extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using AnalyzersAssembly = generator::EmrDsl.Analyzers.DefinitionRuleAnalyzer;
using DefinitionGenerator = generator::EmrDsl.Generators.DefinitionGenerator;

namespace EmrDsl.Benchmarks;

/// <summary>
/// What each of the generator's process-wide caches (GeneratorCaches) does on the synthetic project, per phase as the
/// IDE meets them: a cold generator run, the analyzers on its output, an unrelated edit, one definition edited. For each
/// cache: hits, misses, the time the misses spent computing, and the estimated time the hits saved (hits × mean miss).
/// Both definition styles of <c>styles</c> are measured, since helpers use caches a shared base does not, and a third
/// that maps the steps with LINQ over a project record, for the cache only that uses.
/// The caches are internal to the generator, so they are read by reflection.
/// </summary>
internal static class CacheCounts
{
    public static void Run(IReadOnlyList<int> sizes)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AnalyzersAssembly());
        foreach (var (size, style) in sizes.SelectMany(size => new[] { (size, DefinitionStyle.SharedBase), (size, DefinitionStyle.Helpers), (size, DefinitionStyle.Linq) }))
        {
            var compilation = GeneratorTimings.Compile(size, style);
            var driver = GeneratorTimings.Driver();
            var phases = new List<(string Phase, IReadOnlyList<Counts> Counts)>();

            Compilation output = compilation;
            phases.Add(("cold generator run", Measure(() => driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out _))));
            phases.Add(("analyzers after it", Measure(() => output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult())));
            var unrelated = GeneratorTimings.Replace(compilation, "Util.cs", SyntheticProject.Unrelated(44));
            phases.Add(("unrelated edit", Measure(() => driver = driver.RunGenerators(unrelated))));
            var edited = GeneratorTimings.Replace(unrelated, "Pipeline0.cs", SyntheticProject.Definition(0, "-edited"));
            phases.Add(("one definition edited", Measure(() => driver = driver.RunGenerators(edited))));

            Console.WriteLine($"### {size} definitions, {style switch { DefinitionStyle.Helpers => "helpers (parameters, settings record, loop of steps)", DefinitionStyle.Linq => "helpers with LINQ over a project record (Select<Job, Step>)", _ => "shared base" }}");
            Console.WriteLine();
            Console.WriteLine("| cache | " + string.Join(" | ", phases.Select(p => p.Phase + ": hits / misses")) + " | time in misses, all phases (ms) | saved by hits, all phases (ms, est.) |");
            Console.WriteLine("|---|" + string.Concat(phases.Select(_ => "---:|")) + "---:|---:|");
            foreach (var name in phases[0].Counts.Select(c => c.Name))
            {
                var row = phases.Select(p => p.Counts.Single(c => c.Name == name)).ToList();
                var hits = row.Sum(c => c.Hits);
                var misses = row.Sum(c => c.Misses);
                var missMs = row.Sum(c => c.MissMilliseconds);
                var saved = misses == 0 ? 0 : hits * missMs / misses;
                Console.WriteLine(FormattableString.Invariant($"| {name} | {string.Join(" | ", row.Select(c => $"{c.Hits} / {c.Misses}"))} | {missMs:0.0} | {saved:0} |"));
            }

            Console.WriteLine();
        }
    }

    private static IReadOnlyList<Counts> Measure(Action phase)
    {
        var before = Snapshot();
        phase();
        var after = Snapshot();
        return after.Zip(before, (a, b) => new Counts(a.Name, a.Hits - b.Hits, a.Misses - b.Misses, a.MissMilliseconds - b.MissMilliseconds)).ToList();
    }

    private static List<Counts> Snapshot()
    {
        var owner = typeof(DefinitionGenerator).Assembly.GetType("EmrDsl.Generators.Caching.GeneratorCaches", throwOnError: true)!;
        var all = (System.Collections.IEnumerable)owner.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return all.Cast<object>().Select(cache =>
        {
            var type = cache.GetType();
            T Read<T>(string property) => (T)type.GetProperty(property)!.GetValue(cache)!;
            return new Counts(Read<string>("Name"), Read<int>("Hits"), Read<int>("Misses"), Read<double>("MissMilliseconds"));
        }).ToList();
    }

    private sealed record Counts(string Name, int Hits, int Misses, double MissMilliseconds);
}
