using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>MarketType</c> values of the EMR API.</summary>
public enum Market
{
    [ApiValue("ON_DEMAND")]
    OnDemand,

    [ApiValue("SPOT")]
    Spot,
}
