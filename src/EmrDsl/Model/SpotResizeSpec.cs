using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>SpotResizingSpecification</c> structure of the EMR API. The resize specification for Spot Instances in the instance fleet, which contains the resize timeout period.</summary>
public sealed record SpotResizeSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Spot resize timeout in minutes.</summary>
    public int? TimeoutDurationMinutes { get; init; }

    /// <summary>Specifies the allocation strategy to use to launch Spot instances during a resize.</summary>
    public SpotAllocationStrategy? AllocationStrategy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<SpotResizeSpec> Shape = new ApiShape<SpotResizeSpec>("SpotResizingSpecification", () => new SpotResizeSpec())
        .Member("TimeoutDurationMinutes", Codec.Int, s => s.TimeoutDurationMinutes, (s, v) => s with { TimeoutDurationMinutes = v }, MemberLimits.Of(min: 0))
        .Member("AllocationStrategy", Codec.Enum<SpotAllocationStrategy>(), s => s.AllocationStrategy, (s, v) => s with { AllocationStrategy = v });
}
