extern alias generator;

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using EvaluationCache = generator::EmrDsl.Generators.Evaluation.EvaluationCache;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// Definitions factored the way teams write them (a conventions helper with parameters, settings records, a loop of
/// steps): an edit re-evaluates exactly the definitions that read what changed, and an unrelated edit nothing.
/// </summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class HelperIncrementalityTests
{
    private const string Conventions = """
        using EmrDsl;
        public static class Conventions
        {
            public static Cluster Standard(string name, int cores) => Cluster.Create(name)
                .Release("emr-7.1.0").Master("m5.xlarge").Core("r5.xlarge", cores);

            public static Cluster WithDaily(this Cluster cluster, params string[] tables)
            {
                foreach (var table in tables)
                {
                    cluster = cluster.Step(Step.SparkSubmit($"daily-{table}", "s3://acme-jobs/daily.py"));
                }

                return cluster;
            }
        }
        """;

    private const string Settings = """
        public sealed record PipelineSettings(string Name, int Cores)
        {
            public static readonly PipelineSettings Sessions = new("sessions", 4);
        }
        """;

    private const string Definitions = """
        using EmrDsl;
        public static partial class Defs
        {
            [EmrCluster] public static Cluster Sessions => Conventions.Standard(PipelineSettings.Sessions.Name, PipelineSettings.Sessions.Cores).WithDaily("clicks");
            [EmrCluster] public static Cluster Billing => Conventions.Standard("billing", 2);
        }
        """;

    private const string Independent = """
        using EmrDsl;
        public static partial class Other
        {
            [EmrCluster] public static Cluster Reports => Cluster.Create("reports").Release("emr-7.1.0");
        }
        """;

    private const string Unrelated = "public static class Util { public static int Answer => 42; }";

    [Fact]
    public void An_edit_to_a_helper_re_evaluates_exactly_the_definitions_that_call_it()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 0, Conventions.Replace("emr-7.1.0", "emr-7.2.0")));

        Assert.Equal(2, evaluations);
        Assert.Contains("emr-7.2.0", sources["Defs.Sessions"]);
        Assert.Contains("emr-7.2.0", sources["Defs.Billing"]);
        Assert.Contains("emr-7.1.0", sources["Other.Reports"]);
    }

    [Fact]
    public void An_edit_to_a_settings_record_re_evaluates_only_the_definition_that_reads_it()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 1, Settings.Replace("new(\"sessions\", 4)", "new(\"sessions\", 9)")));

        Assert.Equal(1, evaluations);
        Assert.Contains("\"InstanceCount\": 9", sources["Defs.Sessions"]);
    }

    [Fact]
    public void An_edit_to_the_loop_of_steps_re_evaluates_its_callers_only()
    {
        var (driver, compilation) = FirstRun();

        var (_, evaluations, sources) = Rerun(driver, Replace(compilation, 0, Conventions.Replace("daily-{table}", "nightly-{table}")));

        Assert.Equal(2, evaluations);
        Assert.Contains("nightly-clicks", sources["Defs.Sessions"]);
    }

    [Fact]
    public void An_unrelated_edit_evaluates_nothing_and_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun();

        var before = EvaluationCache.Evaluations;
        var result = driver.RunGenerators(Replace(compilation, 4, Unrelated.Replace("42", "43"))).GetRunResult().Results.Single();

        Assert.Equal(0, EvaluationCache.Evaluations - before);
        var ownSteps = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.All(
            result.TrackedSteps.Where(step => ownSteps.Contains(step.Key)).SelectMany(step => step.Value.SelectMany(s => s.Outputs).Select(o => (step.Key, o.Reason))),
            r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r.Key}: {r.Reason}"));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile(Conventions, Settings, Definitions, Independent, Unrelated);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(3, result.GeneratedSources.Length);
        return (driver, compilation);
    }
}
