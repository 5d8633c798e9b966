using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>OnDemandProvisioningAllocationStrategy</c> values of the EMR API.</summary>
public enum OnDemandAllocationStrategy
{
    [ApiValue("lowest-price")]
    LowestPrice,

    [ApiValue("prioritized")]
    Prioritized,
}
