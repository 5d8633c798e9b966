using EmrDsl.Containers.Emit;

namespace EmrDsl.Containers;

public sealed partial class EksVirtualCluster
{
    /// <summary>The CreateVirtualCluster request JSON (boto3 <c>emr-containers create_virtual_cluster(**payload)</c>): service-model member order, no nulls, no client token.</summary>
    public string ToCreateVirtualClusterJson() => EksCreateVirtualClusterJson.Write(Spec);
}
