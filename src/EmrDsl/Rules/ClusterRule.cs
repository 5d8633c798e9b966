using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// One check over a cluster definition: plain data in, findings out. The same rule runs in
/// <c>Cluster.Validate()</c>, the Roslyn analyzers and <c>emrdsl lint</c>. A rule about steps also checks steps
/// added to a running cluster (<see cref="JobFlowSteps"/>, AddJobFlowSteps) when it means the same there.
/// </summary>
public abstract class ClusterRule : Rule
{
    protected ClusterRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
        : base(id, title, defaultSeverity, category)
    {
    }

    /// <summary>The findings for <paramref name="spec"/>, in a deterministic order.</summary>
    public abstract IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context);

    /// <summary>The findings for steps added to a running cluster (paths in AddJobFlowSteps terms); none unless the rule applies to them.</summary>
    public virtual IEnumerable<Finding> CheckSteps(AddJobFlowStepsSpec spec, RuleContext context) => Enumerable.Empty<Finding>();

    /// <summary>
    /// The findings for an automatic scaling policy on its own, at <paramref name="policyPath"/>: the policy of a
    /// PutAutoScalingPolicy request (<c>AutoScalingPolicy</c>) or the bare document <c>--auto-scaling-policy</c> takes
    /// (the root). None unless the rule can judge a policy without its cluster.
    /// </summary>
    public virtual IEnumerable<Finding> CheckAutoScalingPolicy(AutoScalingPolicySpec policy, string policyPath, RuleContext context) => Enumerable.Empty<Finding>();

    /// <summary>
    /// The findings for managed scaling limits on their own, at <paramref name="policyPath"/> (a PutManagedScalingPolicy
    /// request's <c>ManagedScalingPolicy</c>). None unless the rule can judge them without the cluster.
    /// </summary>
    public virtual IEnumerable<Finding> CheckManagedScaling(ManagedScalingSpec policy, string policyPath, RuleContext context) => Enumerable.Empty<Finding>();
}
