using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>AdjustmentType</c> values of the EMR API.</summary>
public enum AdjustmentType
{
    [ApiValue("CHANGE_IN_CAPACITY")]
    ChangeInCapacity,

    [ApiValue("PERCENT_CHANGE_IN_CAPACITY")]
    PercentChangeInCapacity,

    [ApiValue("EXACT_CAPACITY")]
    ExactCapacity,
}
