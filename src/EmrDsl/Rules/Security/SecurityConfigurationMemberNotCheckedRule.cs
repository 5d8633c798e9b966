using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR048: a member of a security configuration document emrdsl does not model (such as <c>RangerConfiguration</c>, or the
/// SAML members of the EMR 5.31-era Lake Formation integration), or a misspelt one: reported so nothing in the document goes unread unnoticed.
/// A DSL-authored configuration holds only modelled members, so only documents read from JSON have findings.
/// </summary>
public sealed class SecurityConfigurationMemberNotCheckedRule : SecurityConfigurationRule
{
    public SecurityConfigurationMemberNotCheckedRule()
        : base(RuleIds.SecurityConfigurationMemberNotChecked, "Security configuration member not checked", FindingSeverity.Info, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context) => Enumerable.Empty<Finding>();

    internal override IEnumerable<Finding> CheckDocument(SecurityConfigurationDocument document, RuleContext context) =>
        document.Unchecked.Select(member => Report(
            member.Path,
            $"emrdsl does not model {WirePath.Display(member.Path)}, so no rule checks it. If it is a documented section, review it by hand; if it is misspelt, EMR rejects the document, so correct the name."));
}
