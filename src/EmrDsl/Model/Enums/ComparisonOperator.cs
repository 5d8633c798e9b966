using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>ComparisonOperator</c> values of the EMR API.</summary>
public enum ComparisonOperator
{
    [ApiValue("GREATER_THAN_OR_EQUAL")]
    GreaterThanOrEqual,

    [ApiValue("GREATER_THAN")]
    GreaterThan,

    [ApiValue("LESS_THAN")]
    LessThan,

    [ApiValue("LESS_THAN_OR_EQUAL")]
    LessThanOrEqual,
}
