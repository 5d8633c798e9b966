using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Secret members in Terraform: always a sensitive input variable with no default, so neither the <c>.tf.json</c>
/// nor a plan shows the value. A <see cref="SecretSource.TerraformVariable"/> secret names its variable; a secret the
/// request takes from elsewhere (Airflow, Step Functions, Secrets Manager, SSM) gets one named after the resource and
/// the argument, whose description says where the request reads it, so the deploying pipeline fills both from one place.
/// </summary>
internal static class TerraformSecrets
{
    /// <summary>The argument's value (<c>${var.NAME}</c>) for <paramref name="member"/>, or null when it is unset; declares the variable.</summary>
    public static string? Argument(ClusterSpec spec, SecretMember member, string resourceName, TerraformDocument document)
    {
        if (member.Value(spec) is not { } text)
        {
            return null;
        }

        var reference = SecretReference.Parse(text)
            ?? throw new LiteralSecretException(member.Path, $"{member.Path} holds a literal secret; pass a Secret (for example Secret.TerraformVariable(\"{member.TerraformArgument}\")).");
        var variable = reference.TerraformVariable ?? resourceName + "_" + member.TerraformArgument;
        var description = reference.Source == SecretSource.TerraformVariable
            ? $"{member.Path} of the EMR cluster '{spec.Name}'."
            : $"{member.Path} of the EMR cluster '{spec.Name}'; its RunJobFlow request reads it from {reference.Text}.";
        document.AddSensitiveVariable(variable, description);
        return TerraformTemplate.Variable(variable);
    }
}
