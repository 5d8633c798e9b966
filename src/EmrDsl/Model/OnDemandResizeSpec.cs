using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>OnDemandResizingSpecification</c> structure of the EMR API. The resize specification for On-Demand Instances in the instance fleet, which contains the resize timeout period.</summary>
public sealed record OnDemandResizeSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>On-Demand resize timeout in minutes.</summary>
    public int? TimeoutDurationMinutes { get; init; }

    /// <summary>Specifies the allocation strategy to use to launch On-Demand instances during a resize.</summary>
    public OnDemandAllocationStrategy? AllocationStrategy { get; init; }

    public CapacityReservationSpec? CapacityReservationOptions { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<OnDemandResizeSpec> Shape = new ApiShape<OnDemandResizeSpec>("OnDemandResizingSpecification", () => new OnDemandResizeSpec())
        .Member("TimeoutDurationMinutes", Codec.Int, s => s.TimeoutDurationMinutes, (s, v) => s with { TimeoutDurationMinutes = v }, MemberLimits.Of(min: 0))
        .Member("AllocationStrategy", Codec.Enum<OnDemandAllocationStrategy>(), s => s.AllocationStrategy, (s, v) => s with { AllocationStrategy = v })
        .Member("CapacityReservationOptions", Codec.Object(() => CapacityReservationSpec.Shape), s => s.CapacityReservationOptions, (s, v) => s with { CapacityReservationOptions = v });
}
