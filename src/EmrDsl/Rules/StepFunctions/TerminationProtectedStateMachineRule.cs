using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR030: a termination-protected cluster in a state machine that creates it. TerminateJobFlows does not terminate a
/// protected cluster, so the state machine's terminateCluster states (after the last step and after any failure) cannot
/// end it and it runs on after the execution.
/// </summary>
public sealed class TerminationProtectedStateMachineRule : ClusterRule, IStepFunctionsRule
{
    public TerminationProtectedStateMachineRule()
        : base(RuleIds.TerminationProtectedStateMachine, "Step Functions cannot terminate a termination-protected cluster", FindingSeverity.Error, RuleCategory.Cost)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (context.StepFunctions && spec.Instances?.TerminationProtected == true)
        {
            yield return Report(
                "Instances.TerminationProtected",
                "The cluster is termination-protected, so the state machine's terminateCluster states cannot end it and it keeps running (and billing) after the execution, even after a failure. Remove .TerminationProtected() (or pass false): the state machine owns this cluster's lifetime.");
        }
    }
}
