using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>OnDemandProvisioningSpecification</c> structure of the EMR API. The launch specification for On-Demand Instances in the instance fleet, which determines the allocation strategy.</summary>
public sealed record OnDemandProvisioningSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Specifies the strategy to use in launching On-Demand instance fleets.</summary>
    public OnDemandAllocationStrategy? AllocationStrategy { get; init; }

    /// <summary>The launch specification for On-Demand instances in the instance fleet, which determines the allocation strategy.</summary>
    public CapacityReservationSpec? CapacityReservationOptions { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<OnDemandProvisioningSpec> Shape = new ApiShape<OnDemandProvisioningSpec>("OnDemandProvisioningSpecification", () => new OnDemandProvisioningSpec())
        .Member("AllocationStrategy", Codec.Enum<OnDemandAllocationStrategy>(), s => s.AllocationStrategy, (s, v) => s with { AllocationStrategy = v }, MemberLimits.Of(required: true))
        .Member("CapacityReservationOptions", Codec.Object(() => CapacityReservationSpec.Shape), s => s.CapacityReservationOptions, (s, v) => s with { CapacityReservationOptions = v });
}
