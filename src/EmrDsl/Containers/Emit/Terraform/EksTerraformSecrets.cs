using EmrDsl.Containers.Model;
using EmrDsl.Emit.Terraform;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Containers.Emit.Terraform;

/// <summary>
/// Password properties of a job template's configurations in Terraform (docs/secrets.md): a <c>${var.NAME}</c> secret
/// stays a live reference to a sensitive variable the document declares; a literal password is refused, so it never
/// reaches the <c>.tf.json</c> or a plan.
/// </summary>
internal static class EksTerraformSecrets
{
    public static JsonObject Properties(EksConfigurationSpec configuration, string path, string? templateName, TerraformDocument document)
    {
        // MapValue refuses a key written twice; the body below then holds each key once, in the same order.
        TerraformBody.MapValue(configuration.Properties, path + ".properties");
        var properties = new TerraformBody();
        foreach (var entry in configuration.Properties)
        {
            properties.Value(TerraformTemplate.Escape(entry.Key), SecretValue.IsSecretProperty(entry.Key)
                ? new JsonString(TerraformTemplate.Variable(Variable(configuration, entry, path + ".properties." + entry.Key, templateName, document)))
                : TerraformBody.Text(entry.Value));
        }

        return properties.ToJson();
    }

    private static string Variable(EksConfigurationSpec configuration, MapEntry entry, string path, string? templateName, TerraformDocument document)
    {
        var variable = SecretReference.Parse(entry.Value)?.TerraformVariable
            ?? throw new LiteralSecretException(
                path,
                $"{path} holds a password that Terraform would write into the configuration and every plan; pass it as Secret.TerraformVariable(\"{SecretValue.PropertyIdentifier(configuration.Classification, entry.Key)}\") (see docs/secrets.md).");
        document.AddSensitiveVariable(variable, $"{path} of the EMR on EKS job template '{templateName}'.");
        return variable;
    }
}
