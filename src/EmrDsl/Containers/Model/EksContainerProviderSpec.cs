using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>ContainerProvider</c> structure of the EMR on EKS API: the cluster a virtual cluster maps to.</summary>
public sealed record EksContainerProviderSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The kind of cluster (only EKS).</summary>
    public ContainerProviderType? Type { get; init; }

    /// <summary>The EKS cluster's name.</summary>
    public string? Id { get; init; }

    /// <summary>Where on the cluster the jobs run.</summary>
    public EksContainerInfoSpec? Info { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksContainerProviderSpec> Shape = new ApiShape<EksContainerProviderSpec>("ContainerProvider", () => new EksContainerProviderSpec())
        .Member("type", Codec.Enum<ContainerProviderType>(), s => s.Type, (s, v) => s with { Type = v }, MemberLimits.Of(required: true))
        .Member("id", Codec.String, s => s.Id, (s, v) => s with { Id = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 100))
        .Member("info", Codec.Object(() => EksContainerInfoSpec.Shape), s => s.Info, (s, v) => s with { Info = v });
}
