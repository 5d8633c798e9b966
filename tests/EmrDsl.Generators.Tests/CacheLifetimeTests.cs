extern alias generator;

using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using CompilationDefinitions = generator::EmrDsl.Generators.Analysis.CompilationDefinitions;
using DefinitionPrefetch = generator::EmrDsl.Generators.Parsing.DefinitionPrefetch;

using static EmrDsl.Generators.Tests.GeneratorReruns;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// The process-wide caches (GeneratorCaches) keep results while the trees they were computed from live, but never the
/// compilation: after an edit the IDE and the compiler server drop the old compilation while its unchanged trees live on
/// in the new one, and a cache holding the old compilation through those trees would keep every one of them alive.
/// </summary>
[Collection(nameof(EvaluationCacheTests))]
public sealed class CacheLifetimeTests
{
    private const string Conventions = """
        using System.Linq;
        using EmrDsl;
        public sealed record Settings(string Name, int Cores, string[] Jobs);
        public static class Conventions
        {
            public static Cluster Standard(Settings settings) => settings.Jobs
                .Select(job => Step.SparkSubmit(job, $"s3://acme-jobs/{job}.py"))
                .Aggregate(Cluster.Create(settings.Name).Release("emr-7.1.0").Master("m5.xlarge").Core("r5.xlarge", settings.Cores),
                    (cluster, step) => cluster.Step(step))
                .With(spec => spec with { VisibleToAllUsers = true });
        }
        """;

    // A value of the project's own enum holds the enum's symbol, so the shared members kept across compilations leave it out.
    private const string Definitions = """
        using EmrDsl;
        public enum Size { Small, Large }
        public static partial class Defs
        {
            private static Size BillingSize => Size.Large;
            private static Cluster Base => Conventions.Standard(new Settings("base", 2, new[] { "load" }));
            [EmrCluster] public static Cluster Etl => Base.Named("etl");
            [EmrCluster] public static Cluster Billing => Conventions.Standard(new Settings("billing", BillingSize == Size.Large ? 4 : 2, new[] { "load", "bill" }));
        }
        """;

    private const string Unrelated = "public static class Util { public static int Answer => 42; }";

    [Fact]
    public void A_compilation_the_generator_and_the_analyzers_evaluated_is_collected_once_dropped_while_its_trees_live_on()
    {
        var trees = GeneratorHarness.Compile(Conventions, Definitions, Unrelated).SyntaxTrees.ToArray();

        var dropped = EvaluateAndDrop(trees);
        Collect();

        Assert.False(dropped.IsAlive, "A process-wide cache keeps a dropped compilation alive.");
        GC.KeepAlive(trees);
    }

    [Fact]
    public void After_an_edit_the_previous_compilation_is_collected_while_the_driver_and_the_unchanged_trees_live_on()
    {
        var (driver, edited, dropped) = RunEditAndDrop();
        Analyze(edited);
        Collect();

        Assert.False(dropped.IsAlive, "A process-wide cache keeps the compilation before the edit alive.");
        GC.KeepAlive(driver);
        GC.KeepAlive(edited);
    }

    /// <summary>In a frame of its own, so that no stack slot of the test keeps the first compilation or the driver that ran it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (GeneratorDriver Driver, Compilation Edited, WeakReference Dropped) RunEditAndDrop()
    {
        var first = GeneratorHarness.Compile(Conventions, Definitions, Unrelated);
        var driver = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(first);
        WaitForTheSecondThread(first);
        var edited = Replace(first, 2, Unrelated.Replace("42", "43"));
        return (driver.RunGenerators(edited), edited, new WeakReference(first));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference EvaluateAndDrop(SyntaxTree[] trees)
    {
        var compilation = GeneratorHarness.Compile(Conventions, Definitions, Unrelated).RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        var result = GeneratorHarness.Driver(GeneratorHarness.ParseOptions()).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(2, result.GeneratedSources.Length);
        WaitForTheSecondThread(compilation);
        Analyze(compilation);
        return new WeakReference(compilation);
    }

    /// <summary>What the analyzers do: evaluate each definition through their seam.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Analyze(Compilation compilation)
    {
        var definitions = CompilationDefinitions.For(compilation)!;
        foreach (var name in new[] { "Etl", "Billing" })
        {
            var symbol = compilation.GetTypeByMetadataName("Defs")!.GetMembers(name).Single();
            Assert.NotNull(definitions.Evaluate(symbol, default)?.Value);
        }
    }

    /// <summary>The thread that parses ahead holds its compilation until it has gone through every definition.</summary>
    private static void WaitForTheSecondThread(Compilation compilation) => DefinitionPrefetch.Of(compilation).Helper.Wait();

    private static void Collect()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
