using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// Roslyn's incremental tables are generic over each step's value: over reference types the compiler's precompiled copy
/// serves them, while a value type makes the JIT compile them again in every fresh compiler process (PipelineValue).
/// </summary>
public sealed class PipelineValueTests
{
    private const string Definitions = """
        using EmrDsl;
        public static partial class Defs
        {
            [EmrCluster] public static Cluster Etl => Cluster.Create("etl");
            [EmrCluster] public static Cluster Copy => Cluster.Create("etl");
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_step_and_what_feeds_it_carry_reference_types(bool typedConstants)
    {
        var compilation = GeneratorHarness.Compile(Definitions);
        var project = typedConstants ? ProjectProperties.TypedConstants : null;
        var result = GeneratorHarness.Driver(GeneratorHarness.ParseOptions(), project).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(result.Diagnostics, d => d.Id == "EMRG005");
        Assert.NotEmpty(result.TrackedSteps);
        foreach (var (name, runs) in result.TrackedSteps)
        {
            var values = runs.SelectMany(run => run.Outputs.Select(o => o.Value).Concat(run.Inputs.SelectMany(i => i.Source.Outputs.Select(o => o.Value))));
            Assert.All(values, value => Assert.True(value is null || SharedByTheCompiler(value.GetType()), $"step {name} carries {value!.GetType()}"));
        }
    }

    /// <summary>
    /// A reference type, or what Roslyn's own steps make of them and precompile: a tuple (Combine) or an immutable array
    /// (Collect) of reference types.
    /// </summary>
    private static bool SharedByTheCompiler(Type type) =>
        !type.IsValueType
        || (type.IsGenericType
            && (type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal) || type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            && type.GetGenericArguments().All(SharedByTheCompiler));
}
