using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>EMR004: encryption at rest and in transit and Kerberos all come from a security configuration.</summary>
public sealed class MissingSecurityConfigurationRule : ClusterRule
{
    public MissingSecurityConfigurationRule()
        : base(RuleIds.MissingSecurityConfiguration, "No security configuration", FindingSeverity.Info, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(spec.SecurityConfiguration))
        {
            yield return Report(
                "SecurityConfiguration",
                "The cluster names no SecurityConfiguration, so local disks, EBS volumes and EMRFS data in transit are not encrypted by EMR and Kerberos is off. Create a security configuration with at-rest and in-transit encryption and set SecurityConfiguration to its name.");
        }
    }
}
