extern alias analyzers;

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using EmrDsl.Generators.Tests;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace EmrDsl.Robustness.Tests.Fuzzing;

public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void The_corpus_holds_the_generator_tests_definitions()
    {
        Assert.True(FuzzCorpus.Sources.Count >= 20, $"only {FuzzCorpus.Sources.Count} sources gathered");
        Assert.Contains(FuzzCorpus.Sources, s => s.Contains("[EmrCluster(FileName = \"nightly-etl-production\")]", StringComparison.Ordinal));
        Assert.Contains(FuzzCorpus.Sources, s => s.Contains("namespace Acme.DataPlatform", StringComparison.Ordinal));
        Assert.Contains(FuzzCorpus.Sources, s => s.Contains("static Cluster Standard(string name, int cores)", StringComparison.Ordinal) && s.StartsWith("using System;", StringComparison.Ordinal));
        // From the analyzer tests, with the expected-diagnostic markup {|CS1061:...|} taken out.
        Assert.Contains(FuzzCorpus.Sources, s => s.Contains("Cluster.Create(\"etl\").Spotify()", StringComparison.Ordinal));
        Assert.All(FuzzCorpus.Sources, s => Assert.DoesNotContain("{|EMR", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Interpolation_holes_in_test_templates_are_filled_with_a_definition_body()
    {
        var embedded = FuzzCorpus.EmbeddedDefinitions("class T { string S(string b) => $\"[EmrCluster] static Cluster C => {b};\"; }").Single();

        Assert.EndsWith("using EmrDsl;\n\n[EmrCluster] static Cluster C => Cluster.Create(\"filled\");", embedded);
    }

    [Fact]
    public void Mutants_are_reproducible_from_their_seed_and_differ_from_the_original()
    {
        var source = FuzzCorpus.Sources[0];
        var mutants = Enumerable.Range(0, 20).Select(seed => Mutator.Mutate(source, new Random(seed))).ToList();

        Assert.Equal(mutants, Enumerable.Range(0, 20).Select(seed => Mutator.Mutate(source, new Random(seed))));
        Assert.True(mutants.Count(m => m != source) >= 15, "most mutants should change the source");
    }

    [Fact]
    public void Every_shipped_rule_runs_in_the_fuzzer() =>
        Assert.Equal(
            analyzers::EmrDsl.Analyzers.Descriptors.ById.Keys.OrderBy(id => id, StringComparer.Ordinal),
            ToolSet.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void A_tool_failure_is_reported_as_a_problem()
    {
        var problems = MutantRun.Problems(Sources.Pipelines, ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()), FuzzSettings.PerRunTimeout);

        Assert.Contains(problems, p => p.Contains("AD0001", StringComparison.Ordinal));
    }

    [Fact]
    public void Mutated_definitions_never_crash_the_generator_or_the_analyzers()
    {
        var (runs, seed) = (FuzzSettings.Runs, FuzzSettings.Seed);
        var analyzers = ToolSet.Analyzers;
        var failures = new StringBuilder();
        for (var run = 0; run < runs; run++)
        {
            var runSeed = unchecked(seed + run);
            var random = new Random(runSeed);
            var original = FuzzCorpus.Sources[random.Next(FuzzCorpus.Sources.Count)];
            var mutant = Mutator.Mutate(original, random);
            foreach (var problem in MutantRun.Problems(mutant, analyzers, FuzzSettings.PerRunTimeout))
            {
                failures.Append($"Seed {runSeed} (reproduce: EMRDSL_FUZZ_SEED={runSeed} EMRDSL_FUZZ_RUNS=1): {problem}\n--- mutant ---\n{mutant}\n--------------\n");
            }
        }

        output.WriteLine($"{runs} mutants from seed {seed}, {analyzers.Length} analyzers");
        Assert.True(failures.Length == 0, failures.ToString());
    }
}
