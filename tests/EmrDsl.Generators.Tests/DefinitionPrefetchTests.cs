extern alias generator;

using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using DefinitionPrefetch = generator::EmrDsl.Generators.Parsing.DefinitionPrefetch;
using EvaluationCache = generator::EmrDsl.Generators.Evaluation.EvaluationCache;
using ProjectSwitches = generator::EmrDsl.Model.EquatableArray<string>;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// Definitions the second thread parses ahead are the definitions the generator finds, parsed as the driver's thread
/// would, and a cancelled parse never reaches a later run. Counts evaluations, so runs with the cache tests.
/// </summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class DefinitionPrefetchTests
{
    private const string Clusters = """
        using EmrDsl;

        namespace Acme;

        public static partial class Pipelines
        {
            [EmrCluster] public static Cluster Etl => Cluster.Create("etl").Release("emr-7.1.0");
            [EmrCluster] public static Cluster Reports() => Cluster.Create("reports").Release("emr-7.1.0");
            [EmrCluster] public static readonly Cluster Nightly = Cluster.Create("nightly").Release("emr-7.1.0"), Hourly = Cluster.Create("hourly").Release("emr-7.1.0");
            [EmrCluster] public static Cluster Unknowable => Cluster.Create("x" + System.Environment.MachineName);

            public static partial class Nested
            {
                [EmrCluster] public static Cluster Inner => Cluster.Create("inner").Release("emr-7.1.0");
            }
        }
        """;

    private const string Serverless = """
        using EmrDsl;
        using EmrDsl.Serverless;

        namespace Acme.Jobs
        {
            public static partial class Apps
            {
                [EmrServerless] public static ServerlessApplication App => ServerlessApplication.Create("app").Release(EmrRelease.Emr_7_0_0).Type(ServerlessEngine.Spark);
                [EmrSteps] public static JobFlowSteps Steps => JobFlowSteps.For("$.ClusterId").Step(Step.Hive("load", "s3://acme-jobs/load.q"));
            }
        }
        """;

    [Fact]
    public void The_second_thread_finds_every_marked_member_in_source_order()
    {
        var members = DefinitionPrefetch.MarkedMembers(GeneratorHarness.Compile(Clusters, Serverless), ProjectSwitches.Empty, CancellationToken.None);

        Assert.Equal(
            ["Etl", "Reports", "Nightly", "Hourly", "Unknowable", "Inner", "App", "Steps"],
            members.Select(m => m.Symbol.Name));
        Assert.Equal(["EmrCluster", "EmrCluster", "EmrCluster", "EmrCluster", "EmrCluster", "EmrCluster", "EmrServerless", "EmrSteps"], members.Select(m => m.Kind.AttributeName));
    }

    [Fact]
    public void After_an_edit_the_second_thread_binds_only_the_members_whose_parse_is_not_cached()
    {
        var compilation = GeneratorHarness.Compile(Clusters, Serverless);
        GeneratorHarness.Run(compilation);

        var members = DefinitionPrefetch.MarkedMembers(GeneratorReruns.Replace(compilation, 1, Serverless.Replace("\"app\"", "\"app2\"")), ProjectSwitches.Empty, CancellationToken.None);

        // Unknowable failed to evaluate, so it is never cached; the edited file's members are new declarations.
        Assert.Equal(["Unknowable", "App", "Steps"], members.Select(m => m.Symbol.Name));
    }

    [Fact]
    public void Definitions_parsed_ahead_are_what_the_driver_would_have_parsed()
    {
        var compilation = GeneratorHarness.Compile(Clusters, Serverless);
        var prefetch = DefinitionPrefetch.Of(compilation);
        prefetch.ParseAhead(compilation, ProjectSwitches.Empty, CancellationToken.None);

        var before = EvaluationCache.Evaluations;
        var ahead = GeneratorHarness.Run(compilation);
        var evaluatedByTheDriver = EvaluationCache.Evaluations - before;
        var own = GeneratorHarness.Run(GeneratorHarness.Compile(Clusters, Serverless));

        Assert.Equal(8, prefetch.ParsedAhead);
        Assert.Equal(0, evaluatedByTheDriver);
        Assert.Equal(Texts(own), Texts(ahead));
        Assert.Equal(own.AllDiagnostics.Select(d => d.ToString()), ahead.AllDiagnostics.Select(d => d.ToString()));
        Assert.Contains(ahead.AllDiagnostics, d => d.Id == "EMRG001");
    }

    [Fact]
    public void A_cancelled_parse_leaves_its_definition_to_the_next_run()
    {
        var compilation = GeneratorHarness.Compile(Clusters, Serverless);
        var first = DefinitionPrefetch.MarkedMembers(compilation, ProjectSwitches.Empty, CancellationToken.None)[0];
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DefinitionPrefetch.Of(compilation).Take(first, ProjectSwitches.Empty, cancelled.Token));
        DefinitionPrefetch.Of(compilation).ParseAhead(compilation, ProjectSwitches.Empty, cancelled.Token);
        Assert.Equal(0, DefinitionPrefetch.Of(compilation).ParsedAhead);
        var outcome = GeneratorHarness.Run(compilation);

        Assert.Equal(Texts(GeneratorHarness.Run(GeneratorHarness.Compile(Clusters, Serverless))), Texts(outcome));
        Assert.Contains(Texts(outcome), t => t.HintName.StartsWith("Acme.Pipelines.Etl.", StringComparison.Ordinal));
    }

    private static (string HintName, string Text)[] Texts(GeneratorOutcome outcome) =>
        outcome.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray();
}
