using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR062: <c>IdentityCenterConfiguration</c> enables Identity Center but lacks what EMR needs to reach it: the instance
/// (<c>IdentityCenterInstanceARN</c>, an <c>arn:aws:sso:::instance/ssoins-...</c> ARN) or the IAM role EMR authenticates
/// with Identity Center as (<c>IAMRoleForEMRIdentityCenterApplicationARN</c>). EMR Management Guide, "User background
/// sessions" (the document example) and "Create an IAM role for Identity Center".
/// </summary>
public sealed class IdentityCenterIncompleteRule : SecurityConfigurationRule
{
    public IdentityCenterIncompleteRule()
        : base(RuleIds.IdentityCenterIncomplete, "Identity Center enabled without its instance or role", FindingSeverity.Error, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.IdentityCenterConfiguration is not { EnableIdentityCenter: true } identityCenter)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(identityCenter.IdentityCenterInstanceArn))
        {
            yield return Report(Member(IdentityCenter, "IdentityCenterInstanceARN"), "EnableIdentityCenter is true but IdentityCenterInstanceARN names no Identity Center instance. Set it to the instance's ARN, such as arn:aws:sso:::instance/ssoins-1234567890abcdef.");
        }
        else if (!SecurityRequire.IsIdentityCenterInstanceArn(identityCenter.IdentityCenterInstanceArn!))
        {
            yield return Report(Member(IdentityCenter, "IdentityCenterInstanceARN"), $"IdentityCenterInstanceARN '{identityCenter.IdentityCenterInstanceArn}' is not an Identity Center instance ARN. Write it as arn:aws:sso:::instance/ssoins-1234567890abcdef.");
        }

        if (string.IsNullOrWhiteSpace(identityCenter.IamRoleForEmrIdentityCenterApplicationArn))
        {
            yield return Report(Member(IdentityCenter, "IAMRoleForEMRIdentityCenterApplicationARN"), "EnableIdentityCenter is true but IAMRoleForEMRIdentityCenterApplicationARN names no IAM role for EMR to authenticate with Identity Center as. Set it to that role's ARN (in the DSL: .IdentityCenter(instanceArn, roleArn)).");
        }
    }
}
