using EmrDsl.Wire;

namespace EmrDsl.Containers;

/// <summary>The <c>ContainerProviderType</c> values of the EMR on EKS API: the kind of cluster a virtual cluster runs on.</summary>
public enum ContainerProviderType
{
    [ApiValue("EKS")]
    Eks,
}
