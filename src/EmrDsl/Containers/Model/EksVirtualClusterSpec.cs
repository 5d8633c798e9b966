using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>CreateVirtualClusterRequest</c> structure of the EMR on EKS (emr-containers) API.</summary>
public sealed record EksVirtualClusterSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The virtual cluster's name.</summary>
    public string? Name { get; init; }

    /// <summary>The EKS cluster and namespace the virtual cluster maps to.</summary>
    public EksContainerProviderSpec? ContainerProvider { get; init; }

    /// <summary>The client idempotency token (the SDK fills one in when absent).</summary>
    public string? ClientToken { get; init; }

    /// <summary>The tags assigned to the virtual cluster.</summary>
    public EquatableArray<MapEntry> Tags { get; init; }

    /// <summary>The id of the EMR on EKS security configuration the virtual cluster's jobs use.</summary>
    public string? SecurityConfigurationId { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksVirtualClusterSpec> Shape = new ApiShape<EksVirtualClusterSpec>("CreateVirtualClusterRequest", () => new EksVirtualClusterSpec())
        .Member("name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 64))
        .Member("containerProvider", Codec.Object(() => EksContainerProviderSpec.Shape), s => s.ContainerProvider, (s, v) => s with { ContainerProvider = v }, MemberLimits.Of(required: true))
        .Member("clientToken", Codec.String, s => s.ClientToken, (s, v) => s with { ClientToken = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("tags", Codec.Map, s => s.Tags, (s, v) => s with { Tags = v }, MemberLimits.Of(maxLength: 50))
        .Member("securityConfigurationId", Codec.String, s => s.SecurityConfigurationId, (s, v) => s with { SecurityConfigurationId = v }, MemberLimits.Of(minLength: 1, maxLength: 64));
}
