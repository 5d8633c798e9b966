using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>EMR027: managed scaling and custom automatic scaling policies on one cluster, two mechanisms resizing the same groups.</summary>
public sealed class ManagedAndCustomScalingRule : ClusterRule
{
    public ManagedAndCustomScalingRule()
        : base(RuleIds.ManagedAndCustomScaling, "Managed scaling together with custom automatic scaling", FindingSeverity.Warning, RuleCategory.Reliability)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (spec.ManagedScalingPolicy is null)
        {
            yield break;
        }

        foreach (var (group, policy) in AutoScalingPolicies.OfGroups(spec))
        {
            yield return Report(
                policy.Path,
                $"{AutoScalingPolicies.DescribeGroup(group.Value, sentenceStart: true)} has a custom automatic scaling policy while the cluster uses managed scaling: EMR offers them as alternatives, and both would resize this group on their own signals. Keep one: remove the group's AutoScalingPolicy, or the cluster's ManagedScalingPolicy.");
        }
    }
}
