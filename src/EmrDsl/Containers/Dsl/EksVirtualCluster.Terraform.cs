using EmrDsl.Containers.Emit.Terraform;
using EmrDsl.Json;

namespace EmrDsl.Containers;

public sealed partial class EksVirtualCluster
{
    /// <summary>
    /// The virtual cluster as a Terraform <c>aws_emrcontainers_virtual_cluster</c> resource (<c>.tf.json</c>) with an output for its id;
    /// the resource name defaults to one derived from the cluster's name. <paramref name="requiredProviders"/> adds
    /// <c>terraform { required_providers }</c> for a file applied on its own.
    /// </summary>
    public string ToTerraformJson(string? resourceName = null, bool requiredProviders = false) =>
        JsonText.Write(EksTerraformJson.VirtualCluster(Spec, resourceName, requiredProviders));
}
