using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace EmrDsl.Robustness.Tests.Properties;

/// <summary>A cluster whose every user-written string field holds random hostile text; one seed, one cluster.</summary>
internal sealed record HostileCluster(
    int Seed,
    string Name,
    string LogPath,
    string TagKey,
    string TagValue,
    string BootstrapName,
    string[] BootstrapArgs,
    string Classification,
    string PropertyKey,
    string PropertyValue,
    string StepName,
    string[] StepArgs)
{
    public const string LogBucket = "s3://acme-logs/";

    /// <summary>EMR's limit on names, which the DSL enforces.</summary>
    private const int MaxNameLength = 256;

    public static HostileCluster From(int seed)
    {
        var text = new RandomText(seed);
        return new HostileCluster(
            seed,
            text.NonBlank(MaxNameLength),
            text.Any(),
            text.NonBlank(),
            text.Any(),
            text.NonBlank(MaxNameLength),
            new[] { text.Any(), text.Any() },
            text.NonBlank(),
            text.NonBlank(),
            text.Any(),
            text.NonBlank(MaxNameLength),
            new[] { text.Any(), text.Any(), text.Any() });
    }

    public string LogUri => LogBucket + LogPath;

    /// <summary>The one program the step runs; its arguments are the random ones.</summary>
    public string[] StepCommand => new[] { "echo" }.Concat(StepArgs).ToArray();

    public Cluster ToCluster() =>
        Cluster.Create(Name)
            .Release("emr-7.1.0")
            .LogUri(LogUri)
            .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
            .Master("m5.xlarge")
            .Core("m5.xlarge", 2)
            .Tag(TagKey, TagValue)
            .Bootstrap(BootstrapName, "s3://acme-scripts/setup.sh", BootstrapArgs)
            .Configure(Classification, c => c.Set(PropertyKey, PropertyValue))
            .Step(Step.CommandRunner(StepName, StepCommand));

    /// <summary>The same cluster as a C# [EmrCluster] definition, every string a C# literal.</summary>
    public string ToDefinition() => $$"""
        using EmrDsl;
        public static partial class Hostile
        {
            [EmrCluster(FileName = "hostile")]
            public static Cluster C =>
                Cluster.Create({{L(Name)}})
                    .Release("emr-7.1.0")
                    .LogUri({{L(LogUri)}})
                    .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                    .Master("m5.xlarge")
                    .Core("m5.xlarge", 2)
                    .Tag({{L(TagKey)}}, {{L(TagValue)}})
                    .Bootstrap({{L(BootstrapName)}}, "s3://acme-scripts/setup.sh", {{Ls(BootstrapArgs)}})
                    .Configure({{L(Classification)}}, c => c.Set({{L(PropertyKey)}}, {{L(PropertyValue)}}))
                    .Step(Step.CommandRunner({{L(StepName)}}, {{Ls(StepCommand)}}));
        }
        """;

    private static string L(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Ls(string[] values) => string.Join(", ", values.Select(L));
}
