using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>SpotProvisioningAllocationStrategy</c> values of the EMR API.</summary>
public enum SpotAllocationStrategy
{
    [ApiValue("capacity-optimized")]
    CapacityOptimized,

    [ApiValue("price-capacity-optimized")]
    PriceCapacityOptimized,

    [ApiValue("lowest-price")]
    LowestPrice,

    [ApiValue("diversified")]
    Diversified,

    [ApiValue("capacity-optimized-prioritized")]
    CapacityOptimizedPrioritized,
}
