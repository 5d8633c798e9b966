using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>OnDemandCapacityReservationPreference</c> values of the EMR API.</summary>
public enum CapacityReservationPreference
{
    [ApiValue("open")]
    Open,

    [ApiValue("none")]
    None,
}
