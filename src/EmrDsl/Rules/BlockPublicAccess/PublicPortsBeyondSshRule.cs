using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR064: block public access is on but permits public security group rules on ports other than 22 (SSH); each offending
/// range is reported at its path. AWS Config emr-block-public-access ("or if true, ports other than Port 22 are listed in
/// PermittedPublicSecurityGroupRuleRanges"), Security Hub EMR.2.
/// </summary>
public sealed class PublicPortsBeyondSshRule : BlockPublicAccessRule
{
    private const int Ssh = 22;

    public PublicPortsBeyondSshRule()
        : base(RuleIds.PublicPortsBeyondSsh, "Public access permitted on ports other than 22", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(BlockPublicAccessConfigurationSpec configuration, RuleContext context)
    {
        // With block public access off EMR063 already reports that every port is open.
        if (configuration.BlockPublicSecurityGroupRules != true)
        {
            yield break;
        }

        var ranges = configuration.PermittedPublicSecurityGroupRuleRanges;
        for (var i = 0; i < ranges.Count; i++)
        {
            if (ranges[i] is { MinRange: Ssh } range && range.Highest == Ssh)
            {
                continue;
            }

            yield return Report(
                Wire.WirePath.Index(Wire.WirePath.Member(Configuration, "PermittedPublicSecurityGroupRuleRanges"), i),
                $"Public security group rules are permitted on {Describe(ranges[i])}, so clusters may open it to the whole internet. " +
                "Remove the range (keep only port 22 if SSH must stay open) and reach other ports through a VPN, a bastion or Session Manager.");
        }
    }

    private static string Describe(PortRangeSpec range) =>
        range.MinRange == range.Highest
            ? "port " + Number(range.MinRange)
            : "ports " + Number(range.MinRange) + "-" + Number(range.Highest);

    private static string Number(int? port) => port is { } value ? value.ToString(CultureInfo.InvariantCulture) : "(none)";
}
