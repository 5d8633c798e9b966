using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>ScaleDownBehavior</c> values of the EMR API.</summary>
public enum ScaleDownBehavior
{
    [ApiValue("TERMINATE_AT_INSTANCE_HOUR")]
    TerminateAtInstanceHour,

    [ApiValue("TERMINATE_AT_TASK_COMPLETION")]
    TerminateAtTaskCompletion,
}
