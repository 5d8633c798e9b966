using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR063: block public access is off (<c>BlockPublicSecurityGroupRules</c> false), so EMR creates clusters whose security
/// groups accept traffic from the whole internet on any port. AWS Config emr-block-public-access ("NON_COMPLIANT if
/// BlockPublicSecurityGroupRules is false"), Security Hub EMR.2.
/// </summary>
public sealed class BlockPublicAccessOffRule : BlockPublicAccessRule
{
    public BlockPublicAccessOffRule()
        : base(RuleIds.BlockPublicAccessOff, "Block public access switched off", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(BlockPublicAccessConfigurationSpec configuration, RuleContext context)
    {
        if (configuration.BlockPublicSecurityGroupRules == false)
        {
            yield return Report(
                Wire.WirePath.Member(Configuration, "BlockPublicSecurityGroupRules"),
                "BlockPublicSecurityGroupRules is false, so EMR creates clusters whose security groups accept inbound traffic from 0.0.0.0/0 or ::/0 on any port. " +
                "Set it to true and permit only port 22 if SSH must stay open (in the DSL: BlockPublicAccess.On().Permit(22)).");
        }
    }
}
