using EmrDsl.Emit.Terraform;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>
    /// The cluster as a Terraform JSON configuration (<c>.tf.json</c>) for the AWS provider, with an
    /// <c>aws_emr_security_configuration</c> when the cluster carries an authored one; throws
    /// <see cref="TerraformConversionException"/> for what Terraform cannot express.
    /// </summary>
    public string ToTerraformJson() => ToTerraformJson(new TerraformOptions());

    /// <summary>As <see cref="ToTerraformJson()"/>, with a chosen resource name or another security configuration document.</summary>
    public string ToTerraformJson(TerraformOptions options)
    {
        if (options.SecurityConfiguration is null && SecurityConfigurationDocument is { } document)
        {
            options = options with { SecurityConfiguration = new TerraformSecurityConfiguration(document.Name, ToSecurityConfigurationJson()) };
        }

        return TerraformJson.Write(Spec, options);
    }
}
