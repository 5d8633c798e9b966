using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>Configuration</c> structure of the EMR Serverless API. A configuration specification to be used when provisioning an application.</summary>
public sealed record ServerlessConfigurationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The classification within a configuration.</summary>
    public string? Classification { get; init; }

    /// <summary>A set of properties specified within a configuration classification.</summary>
    public EquatableArray<MapEntry> Properties { get; init; }

    /// <summary>A list of additional configurations to apply within a configuration object.</summary>
    public EquatableArray<ServerlessConfigurationSpec> Configurations { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ServerlessConfigurationSpec> Shape = new ApiShape<ServerlessConfigurationSpec>("Configuration", () => new ServerlessConfigurationSpec())
        .Member("classification", Codec.String, s => s.Classification, (s, v) => s with { Classification = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 1024))
        .Member("properties", Codec.Map, s => s.Properties, (s, v) => s with { Properties = v }, MemberLimits.Of(maxLength: 100))
        // Nested configurations use this same shape, which exists by the time the lambda runs.
        .Member("configurations", Codec.ObjectList(() => Shape!), s => s.Configurations, (s, v) => s with { Configurations = v }, MemberLimits.Of(maxLength: 100));
}
