using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>ScalingStrategy</c> values of the EMR API.</summary>
public enum ScalingStrategy
{
    [ApiValue("DEFAULT")]
    Default,

    [ApiValue("ADVANCED")]
    Advanced,
}
