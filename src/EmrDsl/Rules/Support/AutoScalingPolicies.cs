using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules.Support;

/// <summary>The custom automatic scaling policies of a cluster's instance groups, with the groups they belong to.</summary>
internal static class AutoScalingPolicies
{
    /// <summary>Each instance group that has a policy, and the policy at <c>Instances.InstanceGroups[i].AutoScalingPolicy</c>.</summary>
    public static IEnumerable<(Located<InstanceGroupSpec> Group, Located<AutoScalingPolicySpec> Policy)> OfGroups(ClusterSpec spec)
    {
        foreach (var group in ClusterNodes.Groups(spec))
        {
            if (group.Value.AutoScalingPolicy is { } policy)
            {
                yield return (group, group.Child(policy, "AutoScalingPolicy"));
            }
        }
    }

    /// <summary>"the TASK instance group 'spot-workers'" for messages; "The ..." to start a sentence.</summary>
    public static string DescribeGroup(InstanceGroupSpec group, bool sentenceStart = false) =>
        (sentenceStart ? "The " : "the ") + ClusterNodes.Describe(group.InstanceRole) + " instance group" + ClusterNodes.NameSuffix(group.Name);

    /// <summary>Whether the cluster has any custom automatic scaling policy.</summary>
    public static bool Any(ClusterSpec spec)
    {
        foreach (var _ in OfGroups(spec))
        {
            return true;
        }

        return false;
    }
}
