using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR016: a secret (the Kerberos KDC admin, cross-realm trust or AD domain join password, or a cluster configuration
/// property whose name says password) holds the secret itself instead of a <see cref="Secret"/> reference. No artifact is written with it; the message never repeats it.
/// </summary>
public sealed class LiteralSecretRule : ClusterRule
{
    public LiteralSecretRule()
        : base(RuleIds.LiteralSecret, "Literal secret in the definition", FindingSeverity.Error, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var secret in SecretValue.Literals(spec))
        {
            yield return Report(
                secret.Path,
                $"{secret.Path} is written out as a literal password, so it would end up in the RunJobFlow and Terraform artifacts, CI logs and artifact stores; no artifact is written with it. Pass a Secret that says where it comes from, for example Secret.TerraformVariable(\"{secret.TerraformName}\"), Secret.AirflowVariable(...), Secret.StepFunctionsPath(\"$.secrets.{secret.TerraformName}\"), Secret.SecretsManager(...) or Secret.SsmParameter(...).");
        }
    }
}
