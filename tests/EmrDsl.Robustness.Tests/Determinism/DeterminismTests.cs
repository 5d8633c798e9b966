using System.Linq;
using EmrDsl.Generators.Tests;

namespace EmrDsl.Robustness.Tests.Determinism;

public sealed class DeterminismTests
{
    [Fact]
    public void Building_twice_generates_byte_identical_sources()
    {
        var first = Payloads.Generate();
        var second = Payloads.Generate();

        Assert.Equal(3, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Building_twice_gives_identical_artifact_constants()
    {
        string[] Constants()
        {
            using var runtime = RuntimeLoader.Load(GeneratorHarness.Run(Payloads.Definitions).Output);
            // Every payload of every definition, by name.
            return new[] { "Acme.Data.Pipelines+NightlyEtlArtifacts", "Acme.Data.Pipelines+NightlyEtlProdArtifacts", "Culture+CArtifacts" }
                .SelectMany(name => runtime.Artifacts(name).OrderBy(p => p.Key, System.StringComparer.Ordinal))
                .Select(payload => payload.Key + " = " + payload.Value)
                .ToArray();
        }

        var first = Constants();

        Assert.Contains(first, c => c.StartsWith("RunJobFlowJson = ", System.StringComparison.Ordinal));
        Assert.Equal(first, Constants());
    }

    [Fact]
    public void Writing_the_same_cluster_twice_gives_identical_payloads() =>
        Assert.Equal(Payloads.Write(Payloads.Sample()), Payloads.Write(Payloads.Sample()));
}
