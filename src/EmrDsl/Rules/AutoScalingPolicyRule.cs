using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>
/// A rule over custom automatic scaling policies: it checks each instance group's policy in a cluster, and a policy
/// on its own (PutAutoScalingPolicy, <c>--auto-scaling-policy</c>) with whatever it can judge without the group.
/// </summary>
public abstract class AutoScalingPolicyRule : ClusterRule
{
    protected AutoScalingPolicyRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
        : base(id, title, defaultSeverity, category)
    {
    }

    public sealed override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var (group, policy) in AutoScalingPolicies.OfGroups(spec))
        {
            foreach (var finding in Check(policy.Value, policy.Path, new PolicyOwner(spec, group.Value, group.Path)))
            {
                yield return finding;
            }
        }
    }

    public sealed override IEnumerable<Finding> CheckAutoScalingPolicy(AutoScalingPolicySpec policy, string policyPath, RuleContext context) =>
        Check(policy, policyPath, owner: null);

    /// <summary>The findings for <paramref name="policy"/> at <paramref name="policyPath"/>; <paramref name="owner"/> is null for a policy on its own.</summary>
    protected abstract IEnumerable<Finding> Check(AutoScalingPolicySpec policy, string policyPath, PolicyOwner? owner);

    /// <summary>The instance group a policy belongs to, at <paramref name="GroupPath"/> of <paramref name="Cluster"/>.</summary>
    protected sealed record PolicyOwner(ClusterSpec Cluster, InstanceGroupSpec Group, string GroupPath)
    {
        /// <summary>"the TASK instance group 'workers'"; "The ..." to start a sentence.</summary>
        public string Describe(bool sentenceStart = false) => AutoScalingPolicies.DescribeGroup(Group, sentenceStart);
    }

    /// <summary>"the automatic scaling policy of the TASK instance group 'workers'", or "the automatic scaling policy" on its own; "The ..." to start a sentence.</summary>
    protected static string DescribePolicy(PolicyOwner? owner, bool sentenceStart = false) =>
        (sentenceStart ? "The" : "the") + " automatic scaling policy" + (owner is null ? string.Empty : " of " + owner.Describe());
}
