using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>MaximumAllowedResources</c> structure of the EMR Serverless API. The maximum allowed cumulative resources for an application.</summary>
public sealed record MaximumCapacitySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The maximum allowed CPU for an application.</summary>
    public string? Cpu { get; init; }

    /// <summary>The maximum allowed resources for an application.</summary>
    public string? Memory { get; init; }

    /// <summary>The maximum allowed disk for an application.</summary>
    public string? Disk { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<MaximumCapacitySpec> Shape = new ApiShape<MaximumCapacitySpec>("MaximumAllowedResources", () => new MaximumCapacitySpec())
        .Member("cpu", Codec.String, s => s.Cpu, (s, v) => s with { Cpu = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 15))
        .Member("memory", Codec.String, s => s.Memory, (s, v) => s with { Memory = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 15))
        .Member("disk", Codec.String, s => s.Disk, (s, v) => s with { Disk = v }, MemberLimits.Of(minLength: 1, maxLength: 15));
}
