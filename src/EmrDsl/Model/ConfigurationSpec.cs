using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>Configuration</c> structure of the EMR API: a classification, its properties and nested configurations.</summary>
public sealed record ConfigurationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The classification within a configuration.</summary>
    public string? Classification { get; init; }

    /// <summary>A list of additional configurations to apply within a configuration object.</summary>
    public EquatableArray<ConfigurationSpec> Configurations { get; init; }

    /// <summary>A set of properties specified within a configuration classification.</summary>
    public EquatableArray<MapEntry> Properties { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ConfigurationSpec> Shape = new ApiShape<ConfigurationSpec>("Configuration", () => new ConfigurationSpec())
        .Member("Classification", Codec.String, s => s.Classification, (s, v) => s with { Classification = v })
        // Nested configurations use this same shape, which exists by the time the lambda runs.
        .Member("Configurations", Codec.ObjectList(() => Shape!), s => s.Configurations, (s, v) => s with { Configurations = v })
        .Member("Properties", Codec.Map, s => s.Properties, (s, v) => s with { Properties = v });
}
