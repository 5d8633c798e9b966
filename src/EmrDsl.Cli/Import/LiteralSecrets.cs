using System.Collections.Generic;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using EmrDsl.Rules;

namespace EmrDsl.Cli.Import;

/// <summary>
/// A request that carries a literal secret imports with a Terraform-variable placeholder in its place (named after the
/// provider's argument, or the configuration property) and an EMR016 warning naming the member; nothing else in the request changes, and the secret is
/// never written into the code.
/// </summary>
internal static class LiteralSecrets
{
    public static ClusterSpec Replace(ClusterSpec request, List<string> warnings)
    {
        foreach (var literal in SecretValue.Literals(request))
        {
            var secret = Secret.TerraformVariable(literal.TerraformName);
            request = literal.Replace(request, secret.Reference.Text);
            warnings.Add($"warning {RuleIds.LiteralSecret}: {literal.Path}: the request holds a literal secret; it is imported as Secret.TerraformVariable(\"{literal.TerraformName}\") (set the variable, or choose another Secret source) and should be rotated.");
        }

        return request;
    }

    /// <summary>
    /// An EMR on EKS job run has no Terraform to take a variable: each literal password imports as an Airflow Variable
    /// (<c>{{ var.value.NAME }}</c>, as Airflow's EmrContainerOperator renders its templated fields), with an EMR016
    /// warning naming the property; the password is never written into the code.
    /// </summary>
    public static EksJobRunSpec Replace(EksJobRunSpec request, List<string> warnings)
    {
        foreach (var (key, _, path, classification) in EksConfigurationProperties.LiteralPasswords(request))
        {
            var name = SecretValue.PropertyIdentifier(classification, key);
            warnings.Add($"warning {RuleIds.LiteralSecret}: {path}: the request holds a literal password; it is imported as Secret.AirflowVariable(\"{name}\") (set the variable, or choose another Secret source) and should be rotated.");
        }

        return EksConfigurationProperties.ReplaceLiteralPasswords(request, (key, classification) => Secret.AirflowVariable(SecretValue.PropertyIdentifier(classification, key)).Reference.Text);
    }
}
