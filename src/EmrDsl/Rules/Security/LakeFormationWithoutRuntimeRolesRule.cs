using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR060: <c>LakeFormationConfiguration</c> without runtime roles. Lake Formation authorizes the runtime roles steps run
/// as; the EMR Management Guide ("Enable Lake Formation with Amazon EMR", step 1) sets up <c>IAMConfiguration</c> with
/// <c>EnableApplicationScopedIAMRole</c> true in the same document. Without it no step runs as a role Lake Formation can
/// grant to, so the section protects nothing. The DSL's <c>.LakeFormation()</c> refuses to be written without
/// <c>.RuntimeRoles()</c>; documents written by hand are checked here.
/// </summary>
public sealed class LakeFormationWithoutRuntimeRolesRule : SecurityConfigurationRule
{
    public LakeFormationWithoutRuntimeRolesRule()
        : base(RuleIds.LakeFormationWithoutRuntimeRoles, "Lake Formation without runtime roles", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.LakeFormationConfiguration is not null && !spec.EnablesRuntimeRoles)
        {
            yield return Report(
                Member(Authorization, "IAMConfiguration"),
                "LakeFormationConfiguration is set but runtime roles are not enabled, so no step runs as a role Lake Formation can grant table permissions to. " +
                "Add IAMConfiguration with EnableApplicationScopedIAMRole true (in the DSL: .RuntimeRoles().LakeFormation()).");
        }
    }
}
