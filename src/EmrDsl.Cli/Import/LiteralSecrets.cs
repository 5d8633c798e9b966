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
    /// An EMR on EKS job run imports as written: it has no Terraform to take a variable, and which secret source the
    /// submitting tool reads is the user's choice. Each literal password gets an EMR016 warning (the build then reports
    /// EMR016 at it until it is set from a Secret).
    /// </summary>
    public static EksJobRunSpec Warn(EksJobRunSpec request, List<string> warnings)
    {
        foreach (var finding in new EksLiteralSecretRule().CheckJobRun(request, RuleContext.Default))
        {
            warnings.Add($"warning {RuleIds.LiteralSecret}: {finding.Path}: the request holds a literal password; it is imported as written, so the build reports EMR016 at it until it is set from a Secret (.Set(key, Secret.AirflowVariable(...)) or another source), and it should be rotated.");
        }

        return request;
    }
}
