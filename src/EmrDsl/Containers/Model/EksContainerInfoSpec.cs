using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>ContainerInfo</c> structure of the EMR on EKS API (a union: one kind of cluster's details).</summary>
public sealed record EksContainerInfoSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The EKS cluster's details.</summary>
    public EksInfoSpec? EksInfo { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksContainerInfoSpec> Shape = new ApiShape<EksContainerInfoSpec>("ContainerInfo", () => new EksContainerInfoSpec())
        .Member("eksInfo", Codec.Object(() => EksInfoSpec.Shape), s => s.EksInfo, (s, v) => s with { EksInfo = v });
}
