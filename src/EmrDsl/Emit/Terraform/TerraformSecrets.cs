using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Secrets in Terraform (the secret members and password configuration properties): always a sensitive input variable with no default, so neither the <c>.tf.json</c>
/// nor a plan shows the value. A <see cref="SecretSource.TerraformVariable"/> secret names its variable; a secret the
/// request takes from elsewhere (Airflow, Step Functions, Secrets Manager, SSM) gets one named after the resource and
/// the argument, whose description says where the request reads it, so the deploying pipeline fills both from one place.
/// </summary>
internal static class TerraformSecrets
{
    /// <summary>The argument's value (<c>${var.NAME}</c>) for <paramref name="member"/>, or null when it is unset; declares the variable.</summary>
    public static string? Argument(ClusterSpec spec, SecretMember member, string resourceName, TerraformDocument document) =>
        member.Value(spec) is { } text ? TerraformTemplate.Variable(Declare(spec, member.Path, member.TerraformArgument, text, resourceName, document)) : null;

    /// <summary>
    /// <c>configurations_json</c> as a template: the configurations' JSON with every user text escaped, except each password
    /// property, whose value is the live <c>${var.NAME}</c> of its declared variable. Null when there are no configurations.
    /// </summary>
    public static string? ConfigurationsJson(ClusterSpec spec, string resourceName, TerraformDocument document)
    {
        var variables = new List<string>();
        var withVariables = spec;
        foreach (var secret in SecretValue.InConfigurations(spec))
        {
            var variable = Declare(spec, secret.Path, secret.TerraformName, secret.Text, resourceName, document);
            variables.Add(variable);
            withVariables = secret.Replace(withVariables, TerraformTemplate.Variable(variable));
        }

        if (ApiText.Configurations(withVariables.Configurations) is not { } json)
        {
            return null;
        }

        var template = TerraformTemplate.Escape(json);
        foreach (var variable in variables)
        {
            template = template.Replace("\"" + TerraformTemplate.Escape(TerraformTemplate.Variable(variable)) + "\"", "\"" + TerraformTemplate.Variable(variable) + "\"");
        }

        return template;
    }

    /// <summary>The variable <paramref name="text"/> is read from, declared sensitive in <paramref name="document"/>.</summary>
    private static string Declare(ClusterSpec spec, string path, string terraformName, string text, string resourceName, TerraformDocument document)
    {
        var reference = SecretReference.Parse(text)
            ?? throw new LiteralSecretException(path, $"{path} holds a literal secret; pass a Secret (for example Secret.TerraformVariable(\"{terraformName}\")).");
        var variable = reference.TerraformVariable ?? resourceName + "_" + terraformName;
        var description = reference.Source == SecretSource.TerraformVariable
            ? $"{path} of the EMR cluster '{spec.Name}'."
            : $"{path} of the EMR cluster '{spec.Name}'; its RunJobFlow request reads it from {reference.Text}.";
        document.AddSensitiveVariable(variable, description);
        return variable;
    }
}
