using EmrDsl.Serverless.Emit.Terraform;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessApplication
{
    /// <summary>The application as a Terraform <c>aws_emrserverless_application</c> resource (<c>.tf.json</c>); the resource name defaults to one derived from the application name.</summary>
    public string ToTerraformJson(string? resourceName = null) => ServerlessTerraformJson.Write(Spec, resourceName);
}
