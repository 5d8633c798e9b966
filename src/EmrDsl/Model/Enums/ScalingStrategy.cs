using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ScalingStrategy</c> values of the EMR API.</summary>
public enum ScalingStrategy
{
    [ApiValue("DEFAULT")]
    Default,

    [ApiValue("ADVANCED")]
    Advanced,
}
