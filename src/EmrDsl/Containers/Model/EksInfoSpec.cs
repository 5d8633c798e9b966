using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>EksInfo</c> structure of the EMR on EKS API: where on the EKS cluster the virtual cluster's jobs run.</summary>
public sealed record EksInfoSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Kubernetes namespace the jobs run in.</summary>
    public string? Namespace { get; init; }

    /// <summary>The node label that selects the nodes the jobs run on.</summary>
    public string? NodeLabel { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksInfoSpec> Shape = new ApiShape<EksInfoSpec>("EksInfo", () => new EksInfoSpec())
        .Member("namespace", Codec.String, s => s.Namespace, (s, v) => s with { Namespace = v }, MemberLimits.Of(minLength: 1, maxLength: 63))
        .Member("nodeLabel", Codec.String, s => s.NodeLabel, (s, v) => s with { NodeLabel = v }, MemberLimits.Of(minLength: 1, maxLength: 64));
}
