using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>ComputeLimitsUnitType</c> values of the EMR API.</summary>
public enum ComputeLimitsUnitType
{
    [ApiValue("InstanceFleetUnits")]
    InstanceFleetUnits,

    [ApiValue("Instances")]
    Instances,

    [ApiValue("VCPU")]
    Vcpu,
}
