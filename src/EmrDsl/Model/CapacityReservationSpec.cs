using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>OnDemandCapacityReservationOptions</c> structure of the EMR API. Describes the strategy for using unused Capacity Reservations for fulfilling On-Demand capacity.</summary>
public sealed record CapacityReservationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Indicates whether to use unused Capacity Reservations for fulfilling On-Demand capacity.</summary>
    public CapacityReservationUsageStrategy? UsageStrategy { get; init; }

    /// <summary>Indicates the instance's Capacity Reservation preferences.</summary>
    public CapacityReservationPreference? CapacityReservationPreference { get; init; }

    /// <summary>The ARN of the Capacity Reservation resource group in which to run the instance.</summary>
    public string? CapacityReservationResourceGroupArn { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<CapacityReservationSpec> Shape = new ApiShape<CapacityReservationSpec>("OnDemandCapacityReservationOptions", () => new CapacityReservationSpec())
        .Member("UsageStrategy", Codec.Enum<CapacityReservationUsageStrategy>(), s => s.UsageStrategy, (s, v) => s with { UsageStrategy = v })
        .Member("CapacityReservationPreference", Codec.Enum<CapacityReservationPreference>(), s => s.CapacityReservationPreference, (s, v) => s with { CapacityReservationPreference = v })
        .Member("CapacityReservationResourceGroupArn", Codec.String, s => s.CapacityReservationResourceGroupArn, (s, v) => s with { CapacityReservationResourceGroupArn = v }, MemberLimits.Of(maxLength: 256));
}
