extern alias generator;

using System.Linq;
using Microsoft.CodeAnalysis.Text;
using EvaluatedDefinition = generator::EmrDsl.Generators.Specs.Definition;
using LocationInfo = generator::EmrDsl.Generators.Specs.LocationInfo;
using SourceMap = generator::EmrDsl.Generators.Specs.SourceMap;
using SourceMapEntry = generator::EmrDsl.Generators.Specs.SourceMapEntry;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

namespace EmrDsl.Generators.Tests;

public sealed class SourceMapTests
{
    private static readonly LocationInfo Definition = At(0);
    private static readonly LocationInfo Groups = At(10);
    private static readonly LocationInfo SecondMarket = At(20);
    private static readonly LocationInfo Name = At(30);

    private static readonly SourceMap Map = new(
        Definition,
        generator::EmrDsl.Model.EquatableArray.Create(
            new SourceMapEntry("Instances.InstanceGroups", Groups),
            new SourceMapEntry("Instances.InstanceGroups[1].Market", SecondMarket),
            new SourceMapEntry("Name", Name)));

    [Theory]
    [InlineData("Instances.InstanceGroups[1].Market", 20)]
    [InlineData("Instances.InstanceGroups[1].InstanceType", 10)]
    [InlineData("Instances.InstanceGroups", 10)]
    [InlineData("Name", 30)]
    [InlineData("NameSuffix", 0)]
    [InlineData("Instances.InstanceGroupsX[0]", 0)]
    [InlineData("Instances", 0)]
    [InlineData("", 0)]
    public void A_finding_resolves_to_the_exact_path_else_the_longest_enclosing_path_else_the_definition(string path, int expectedStart)
    {
        Assert.Equal(expectedStart, Map.Resolve(path).Span.Start);
    }

    [Fact]
    public void Paths_set_inside_nested_initializers_resolve_to_the_innermost_assignment()
    {
        var (outcome, map) = Evaluate("""
            Cluster.Create("etl")
                .With(s => s with
                {
                    Instances = new InstancesSpec
                    {
                        InstanceGroups = EquatableArray.Create(
                            new InstanceGroupSpec { InstanceRole = InstanceRole.Master, InstanceType = "m5.xlarge" },
                            new InstanceGroupSpec { InstanceRole = InstanceRole.Core, Market = Market.Spot, InstanceType = "r5.xlarge" }),
                    },
                })
                .Named("etl-prod")
            """);

        Assert.Equal("Market = Market.Spot", outcome.TextAt(map.Resolve("Instances.InstanceGroups[1].Market").ToLocation()));
        Assert.Equal("InstanceType = \"m5.xlarge\"", outcome.TextAt(map.Resolve("Instances.InstanceGroups[0].InstanceType").ToLocation()));
        Assert.Equal(".Named(\"etl-prod\")", outcome.TextAt(map.Resolve("Name").ToLocation()));
        Assert.Equal("C", outcome.TextAt(map.Resolve("ReleaseLabel").ToLocation()));
    }

    [Fact]
    public void A_path_set_by_a_base_definition_resolves_into_the_base_and_an_override_wins_over_it()
    {
        var (outcome, map) = Evaluate(
            "Base.With(s => s with { LogUri = \"s3://logs-prod/\" })",
            "static Cluster Base => Cluster.Create(\"etl\").With(s => s with { LogUri = \"s3://logs/\", ReleaseLabel = \"emr-7.1.0\" });");

        Assert.Equal("ReleaseLabel = \"emr-7.1.0\"", outcome.TextAt(map.Resolve("ReleaseLabel").ToLocation()));
        Assert.Equal("LogUri = \"s3://logs-prod/\"", outcome.TextAt(map.Resolve("LogUri").ToLocation()));
        Assert.Equal("Cluster.Create(\"etl\")", outcome.TextAt(map.Resolve("Name").ToLocation()));
    }

    [Fact]
    public void Definitions_sharing_a_base_each_resolve_the_base_paths_into_the_base()
    {
        // The base is interpreted once per compilation; the second definition replays what the first recorded.
        var outcome = GeneratorHarness.Run("""
            using EmrDsl;
            public static partial class Defs
            {
                static Cluster Base => Cluster.Create("etl").Release("emr-7.1.0").LogUri("s3://logs/");
                [EmrCluster] public static Cluster Dev => Base.Named("etl-dev");
                [EmrCluster] public static Cluster Prod => Base.Named("etl-prod").LogUri("s3://logs-prod/");
            }
            """);
        Assert.Empty(outcome.Diagnostics);
        var maps = outcome.StepOutputs<EvaluatedDefinition>(TrackingNames.Definitions).ToDictionary(d => d.Name, d => d.SourceMap!);

        foreach (var map in maps.Values)
        {
            Assert.Equal(".Release(\"emr-7.1.0\")", outcome.TextAt(map.Resolve("ReleaseLabel").ToLocation()));
        }

        Assert.Equal(".LogUri(\"s3://logs/\")", outcome.TextAt(maps["Defs.Dev"].Resolve("LogUri").ToLocation()));
        Assert.Equal(".LogUri(\"s3://logs-prod/\")", outcome.TextAt(maps["Defs.Prod"].Resolve("LogUri").ToLocation()));
        Assert.Equal(".Named(\"etl-prod\")", outcome.TextAt(maps["Defs.Prod"].Resolve("Name").ToLocation()));
    }

    private static (GeneratorOutcome Outcome, SourceMap Map) Evaluate(string body, string members = "")
    {
        var outcome = GeneratorHarness.Run($$"""
            using EmrDsl;
            using EmrDsl.Model;
            public static partial class Defs
            {
                {{members}}
                [EmrCluster] public static Cluster C => {{body}};
            }
            """);
        Assert.Empty(outcome.Diagnostics);
        return (outcome, outcome.StepOutputs<EvaluatedDefinition>(TrackingNames.Definitions).Single().SourceMap!);
    }

    private static LocationInfo At(int start) => new("Source0.cs", new TextSpan(start, 1), default);
}
