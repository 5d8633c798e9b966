using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR049: the cluster's steps run as a runtime role (<c>StepExecutionRoleArn</c>) but its security configuration does not
/// enable runtime roles, or it names none. EMR Management Guide, "Runtime roles for Amazon EMR steps" and "Enable Lake
/// Formation with Amazon EMR": "To use a runtime role for your EMR cluster, you must create a security configuration"
/// with <c>AuthorizationConfiguration.IAMConfiguration.EnableApplicationScopedIAMRole</c> true. A configuration the
/// request only names is judged when its document is known (authored with the cluster, or <c>--security-configuration</c>).
/// </summary>
public sealed class RuntimeRolesNotEnabledRule : ClusterRule
{
    private const string HowToEnable =
        "AuthorizationConfiguration.IAMConfiguration.EnableApplicationScopedIAMRole true (in the DSL: SecurityConfiguration.Create(\"name\").RuntimeRoles(), attached with .SecurityConfiguration(document))";

    public RuntimeRolesNotEnabledRule()
        : base(RuleIds.RuntimeRolesNotEnabled, "Runtime role without a security configuration that enables runtime roles", FindingSeverity.Error, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (spec.StepExecutionRoleArn is null)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(spec.SecurityConfiguration))
        {
            yield return Report(
                "StepExecutionRoleArn",
                $"Steps run as the runtime role '{spec.StepExecutionRoleArn}' but the cluster names no SecurityConfiguration; EMR accepts runtime roles only on a cluster whose security configuration enables them. " +
                $"Set SecurityConfiguration to one with {HowToEnable}, or remove the step execution role.");
        }
        else if (context.SecurityConfiguration is { } document && document.Name == spec.SecurityConfiguration && !document.EnablesRuntimeRoles)
        {
            yield return Report(
                "StepExecutionRoleArn",
                $"Steps run as the runtime role '{spec.StepExecutionRoleArn}' but security configuration '{document.Name}' does not enable runtime roles, so EMR refuses them. Add {HowToEnable}.");
        }
    }
}
