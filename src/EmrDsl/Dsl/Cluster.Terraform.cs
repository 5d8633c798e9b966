using EmrDsl.Emit.Terraform;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>
    /// The cluster as a Terraform JSON configuration (<c>.tf.json</c>) for the AWS provider; throws
    /// <see cref="TerraformConversionException"/> for what Terraform cannot express.
    /// </summary>
    public string ToTerraformJson() => TerraformJson.Write(Spec);

    /// <summary>As <see cref="ToTerraformJson()"/>, with a chosen resource name or an authored security configuration.</summary>
    public string ToTerraformJson(TerraformOptions options) => TerraformJson.Write(Spec, options);
}
