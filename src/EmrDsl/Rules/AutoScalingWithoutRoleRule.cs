using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>
/// EMR025: custom automatic scaling without what it needs from the cluster: the automatic scaling role (which reads the
/// CloudWatch alarms and resizes the groups) and <c>VisibleToAllUsers</c>, which the feature requires to be true.
/// </summary>
public sealed class AutoScalingWithoutRoleRule : ClusterRule
{
    /// <summary>The role <c>aws emr create-default-roles</c> creates for automatic scaling.</summary>
    public const string DefaultRole = "EMR_AutoScaling_DefaultRole";

    public AutoScalingWithoutRoleRule()
        : base(RuleIds.AutoScalingWithoutRole, "Automatic scaling policy without the automatic scaling role", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        var missingRole = string.IsNullOrEmpty(spec.AutoScalingRole);
        foreach (var (group, policy) in AutoScalingPolicies.OfGroups(spec))
        {
            if (missingRole)
            {
                yield return Report(
                    policy.Path,
                    $"{AutoScalingPolicies.DescribeGroup(group.Value, sentenceStart: true)} has an automatic scaling policy but the cluster names no AutoScalingRole, the role that reads the policy's CloudWatch alarms and resizes the group; without it the policy never acts. Set AutoScalingRole (for example {DefaultRole}, which 'aws emr create-default-roles' creates).");
            }
        }

        if (spec.VisibleToAllUsers == false && AutoScalingPolicies.Any(spec))
        {
            yield return Report(
                "VisibleToAllUsers",
                "VisibleToAllUsers is false, but custom automatic scaling requires it to be true and the cluster has automatic scaling policies. Set VisibleToAllUsers to true (the API's default) or remove it.");
        }
    }
}
