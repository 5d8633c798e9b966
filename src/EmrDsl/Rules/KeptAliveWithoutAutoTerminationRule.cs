using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>EMR007: a kept-alive cluster with nothing to run and no idle timeout bills until someone notices.</summary>
public sealed class KeptAliveWithoutAutoTerminationRule : ClusterRule
{
    public KeptAliveWithoutAutoTerminationRule()
        : base(RuleIds.KeptAliveWithoutAutoTermination, "Kept alive with no steps and no auto-termination", FindingSeverity.Warning, RuleCategory.Cost)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (!ClusterNodes.IsKeptAlive(spec) || !spec.Steps.IsEmpty)
        {
            yield break;
        }

        var timeout = spec.AutoTerminationPolicy?.IdleTimeout;
        if (timeout is null)
        {
            yield return Report(
                "Instances.KeepJobFlowAliveWhenNoSteps",
                "The cluster is kept alive (KeepJobFlowAliveWhenNoSteps=true) with no steps and no AutoTerminationPolicy, so it runs and bills until someone terminates it. Set AutoTerminationPolicy.IdleTimeout (for example 3600 seconds), or submit steps and let it terminate.");
        }
        else if (context.MaxIdleTimeoutSeconds is { } max && timeout > max)
        {
            yield return Report(
                "AutoTerminationPolicy.IdleTimeout",
                string.Format(CultureInfo.InvariantCulture, "The kept-alive cluster has no steps and may sit idle for {0} seconds before auto-termination, more than the {1} seconds allowed by emrdsl.max_idle_timeout. Lower AutoTerminationPolicy.IdleTimeout to {1} or less.", timeout, max));
        }
    }
}
