using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>SpotProvisioningSpecification</c> structure of the EMR API. The launch specification for Spot Instances in the instance fleet, which determines the defined duration, provisioning timeout behavior, and allocation strategy.</summary>
public sealed record SpotProvisioningSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Spot provisioning timeout period in minutes.</summary>
    public int? TimeoutDurationMinutes { get; init; }

    /// <summary>The action to take when TargetSpotCapacity has not been fulfilled when the TimeoutDurationMinutes has expired; that is, when all Spot Instances could not be provisioned within the Spot provisioning timeout.</summary>
    public SpotTimeoutAction? TimeoutAction { get; init; }

    /// <summary>The defined duration for Spot Instances (also known as Spot blocks) in minutes.</summary>
    public int? BlockDurationMinutes { get; init; }

    /// <summary>Specifies one of the following strategies to launch Spot Instance fleets: capacity-optimized, price-capacity-optimized, lowest-price, or diversified, and capacity-optimized-prioritized.</summary>
    public SpotAllocationStrategy? AllocationStrategy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<SpotProvisioningSpec> Shape = new ApiShape<SpotProvisioningSpec>("SpotProvisioningSpecification", () => new SpotProvisioningSpec())
        .Member("TimeoutDurationMinutes", Codec.Int, s => s.TimeoutDurationMinutes, (s, v) => s with { TimeoutDurationMinutes = v }, MemberLimits.Of(required: true, min: 0))
        .Member("TimeoutAction", Codec.Enum<SpotTimeoutAction>(), s => s.TimeoutAction, (s, v) => s with { TimeoutAction = v }, MemberLimits.Of(required: true))
        .Member("BlockDurationMinutes", Codec.Int, s => s.BlockDurationMinutes, (s, v) => s with { BlockDurationMinutes = v }, MemberLimits.Of(min: 0))
        .Member("AllocationStrategy", Codec.Enum<SpotAllocationStrategy>(), s => s.AllocationStrategy, (s, v) => s with { AllocationStrategy = v });
}
