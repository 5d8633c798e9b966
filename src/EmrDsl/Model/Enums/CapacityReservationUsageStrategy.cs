using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>OnDemandCapacityReservationUsageStrategy</c> values of the EMR API.</summary>
public enum CapacityReservationUsageStrategy
{
    [ApiValue("use-capacity-reservations-first")]
    UseCapacityReservationsFirst,
}
