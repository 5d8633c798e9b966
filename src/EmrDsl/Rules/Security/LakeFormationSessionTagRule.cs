using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR061: <c>LakeFormationConfiguration.AuthorizedSessionTagValue</c> is missing or is not "Amazon EMR". EMR Management
/// Guide, "Enable Lake Formation with Amazon EMR", step 2: "to ensure that the session tag can authorize Lake Formation, set
/// the LakeFormationConfiguration/AuthorizedSessionTagValue property to Amazon EMR", the value the Lake Formation
/// administrator also sets in its application integration settings.
/// </summary>
public sealed class LakeFormationSessionTagRule : SecurityConfigurationRule
{
    public LakeFormationSessionTagRule()
        : base(RuleIds.LakeFormationSessionTag, "Lake Formation session tag is not Amazon EMR", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.LakeFormationConfiguration is not { } lakeFormation || lakeFormation.AuthorizedSessionTagValue == LakeFormationConfigurationSpec.AmazonEmr)
        {
            yield break;
        }

        var found = lakeFormation.AuthorizedSessionTagValue is { } value ? $"is '{value}'" : "is not set";
        yield return Report(
            Member(LakeFormation, "AuthorizedSessionTagValue"),
            $"AuthorizedSessionTagValue {found}; Lake Formation authorizes EMR by the session tag value \"Amazon EMR\" (set in its application integration settings too). " +
            "Set it to \"Amazon EMR\" (in the DSL: .LakeFormation()).");
    }
}
