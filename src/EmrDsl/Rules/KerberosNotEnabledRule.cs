using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR014: Kerberos authentication (AWS Config rule emr-kerberos-enabled). It is turned on by a security
/// configuration plus the cluster's KerberosAttributes; either half alone does nothing.
/// </summary>
public sealed class KerberosNotEnabledRule : ClusterRule
{
    public KerberosNotEnabledRule()
        : base(RuleIds.KerberosNotEnabled, "Kerberos authentication not enabled", FindingSeverity.Info, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        var hasSecurityConfiguration = !string.IsNullOrWhiteSpace(spec.SecurityConfiguration);
        var authoredKerberos = context.SecurityConfiguration is { } document ? document.KerberosConfiguration is not null : (bool?)null;
        if (spec.KerberosAttributes is not null)
        {
            if (!hasSecurityConfiguration)
            {
                yield return Report(
                    "KerberosAttributes",
                    "KerberosAttributes are set but the cluster names no SecurityConfiguration; Kerberos is only enabled by a security configuration with Kerberos authentication. Set SecurityConfiguration to one that enables Kerberos.");
            }
            else if (authoredKerberos == false)
            {
                yield return Report(
                    "SecurityConfiguration",
                    $"KerberosAttributes are set but security configuration '{spec.SecurityConfiguration}' does not enable Kerberos authentication. Add an AuthenticationConfiguration with KerberosConfiguration to it.");
            }

            yield break;
        }

        if (authoredKerberos == true)
        {
            yield return Report(
                "KerberosAttributes",
                $"Security configuration '{spec.SecurityConfiguration}' enables Kerberos but the cluster has no KerberosAttributes, so EMR cannot create its KDC. Set KerberosAttributes (at least Realm and KdcAdminPassword).");
        }
        else
        {
            yield return Report(
                "KerberosAttributes",
                "Kerberos authentication is not enabled, so users and services on the cluster are not authenticated. If the cluster is shared, enable it with a security configuration that turns on Kerberos and KerberosAttributes (Realm, KdcAdminPassword).");
        }
    }
}
