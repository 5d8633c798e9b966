using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>EMR008: a step's failure action should match whether the cluster is long-running or transient.</summary>
public sealed class ActionOnFailureLifetimeRule : ClusterRule
{
    public ActionOnFailureLifetimeRule()
        : base(RuleIds.ActionOnFailureLifetime, "ActionOnFailure inconsistent with cluster lifetime", FindingSeverity.Warning, RuleCategory.Reliability)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        var keptAlive = ClusterNodes.IsKeptAlive(spec);
        for (var i = 0; i < spec.Steps.Count; i++)
        {
            var step = spec.Steps[i];
            if (step.ActionOnFailure is not { } action)
            {
                continue;
            }

            var path = WirePath.Member(WirePath.Index("Steps", i), "ActionOnFailure");
            var name = ApiEnum<ActionOnFailure>.ToApi(action);
            if (keptAlive && action is ActionOnFailure.TerminateCluster or ActionOnFailure.TerminateJobFlow)
            {
                yield return Report(
                    path,
                    $"Step '{step.Name}' has ActionOnFailure={name} on a kept-alive cluster (KeepJobFlowAliveWhenNoSteps=true): one failed step terminates the long-running cluster and every other user's work on it. Use CANCEL_AND_WAIT or CONTINUE, or make the cluster transient.");
            }
            else if (!keptAlive && action == ActionOnFailure.Continue)
            {
                yield return Report(
                    path,
                    $"Step '{step.Name}' has ActionOnFailure=CONTINUE on a transient cluster: after the failure the remaining steps run on incomplete data and the cluster terminates as if all went well. Use TERMINATE_CLUSTER so the run fails visibly.");
            }
        }
    }
}
