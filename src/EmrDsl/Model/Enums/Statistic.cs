using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>Statistic</c> values of the EMR API.</summary>
public enum Statistic
{
    [ApiValue("SAMPLE_COUNT")]
    SampleCount,

    [ApiValue("AVERAGE")]
    Average,

    [ApiValue("SUM")]
    Sum,

    [ApiValue("MINIMUM")]
    Minimum,

    [ApiValue("MAXIMUM")]
    Maximum,
}
