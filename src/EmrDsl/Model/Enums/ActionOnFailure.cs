using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>ActionOnFailure</c> values of the EMR API.</summary>
public enum ActionOnFailure
{
    [ApiValue("TERMINATE_JOB_FLOW")]
    TerminateJobFlow,

    [ApiValue("TERMINATE_CLUSTER")]
    TerminateCluster,

    [ApiValue("CANCEL_AND_WAIT")]
    CancelAndWait,

    [ApiValue("CONTINUE")]
    Continue,
}
