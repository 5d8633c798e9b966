using System;
using EmrDsl.Containers.Model;
using EmrDsl.Json;

namespace EmrDsl.Containers.Emit;

/// <summary>The EMR on EKS (emr-containers) CreateVirtualCluster request.</summary>
public static class EksCreateVirtualClusterJson
{
    internal static JsonObject ToJson(EksVirtualClusterSpec spec)
    {
        if (spec.Name is null || spec.ContainerProvider is not { Type: not null, Id: not null })
        {
            throw new InvalidOperationException(
                $"The virtual cluster '{spec.Name}' lacks its name or its EKS cluster, which CreateVirtualCluster requires. Build it with EksVirtualCluster.Create(name, eksClusterName, namespace).");
        }

        return EksVirtualClusterSpec.Shape.Write(spec);
    }

    public static string Write(EksVirtualClusterSpec spec) => JsonText.Write(ToJson(spec));
}
