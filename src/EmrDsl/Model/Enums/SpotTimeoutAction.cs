using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>SpotProvisioningTimeoutAction</c> values of the EMR API.</summary>
public enum SpotTimeoutAction
{
    [ApiValue("SWITCH_TO_ON_DEMAND")]
    SwitchToOnDemand,

    [ApiValue("TERMINATE_CLUSTER")]
    TerminateCluster,
}
