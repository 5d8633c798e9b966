using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR046: the nodes still answer IMDSv1 requests: no <c>InstanceMetadataServiceConfiguration</c>, or one with
/// <c>MinimumInstanceMetadataServiceVersion</c> 1. IMDSv1 lets an SSRF flaw read the instance role's credentials;
/// EMR Management Guide, "Configure instance metadata service (IMDS) for Amazon EMR" (EMR 5.23.1, 5.27.1, 5.32+, 6.2+).
/// </summary>
public sealed class Imdsv1AllowedRule : SecurityConfigurationRule
{
    public Imdsv1AllowedRule()
        : base(RuleIds.Imdsv1Allowed, "Instance metadata service v1 allowed", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.InstanceMetadataServiceConfiguration is not { } imds)
        {
            yield return Report(
                InstanceMetadata,
                "The security configuration has no InstanceMetadataServiceConfiguration, so the nodes accept IMDSv1 requests. " +
                "Add one with MinimumInstanceMetadataServiceVersion 2 and HttpPutResponseHopLimit 1 (in the DSL: .InstanceMetadataService(2)).");
        }
        else if (imds.MinimumInstanceMetadataServiceVersion == 1)
        {
            yield return Report(
                Member(InstanceMetadata, "MinimumInstanceMetadataServiceVersion"),
                "MinimumInstanceMetadataServiceVersion is 1, so the nodes accept IMDSv1 requests. Set it to 2 to require IMDSv2 session tokens (in the DSL: .InstanceMetadataService(2)).");
        }
    }
}
