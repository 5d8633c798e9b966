using System;
using EmrDsl.Containers.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers;

/// <summary>
/// An EMR on EKS virtual cluster (the emr-containers CreateVirtualCluster request): a Kubernetes namespace on an EKS
/// cluster, registered with EMR so job runs can be submitted to it. Immutable: every method returns a new one.
/// </summary>
public sealed partial class EksVirtualCluster : IHoldsApiSpec
{
    private EksVirtualCluster(EksVirtualClusterSpec spec) => Spec = spec;

    /// <summary>The CreateVirtualCluster request this virtual cluster stands for (never with a client token: the SDK fills one in).</summary>
    public EksVirtualClusterSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>
    /// A virtual cluster called <paramref name="name"/> for the namespace <paramref name="namespace"/> of the EKS
    /// cluster <paramref name="eksClusterName"/> (the namespace must exist, with EMR's access set up, before the request).
    /// </summary>
    public static EksVirtualCluster Create(string name, string eksClusterName, string @namespace) => new(new EksVirtualClusterSpec
    {
        Name = Require.EksName(name, nameof(name), "The virtual cluster name"),
        ContainerProvider = new EksContainerProviderSpec
        {
            Type = ContainerProviderType.Eks,
            Id = Require.EksClusterName(eksClusterName, nameof(eksClusterName)),
            Info = new EksContainerInfoSpec { EksInfo = new EksInfoSpec { Namespace = Require.KubernetesNamespace(@namespace, nameof(@namespace)) } },
        },
    });

    /// <summary>Wraps an existing spec (for example one read from a CreateVirtualCluster payload).</summary>
    public static EksVirtualCluster FromSpec(EksVirtualClusterSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>The EMR on EKS security configuration (its id, as CreateSecurityConfiguration returns it) the cluster's jobs use.</summary>
    public EksVirtualCluster SecurityConfiguration(string securityConfigurationId) => With(s => s with
    {
        SecurityConfigurationId = Require.EksResourceId(securityConfigurationId, nameof(securityConfigurationId), "The security configuration id"),
    });

    /// <summary>
    /// The node label (<c>eks.amazonaws.com/nodegroup</c>-style value, as CreateVirtualCluster's <c>nodeLabel</c>) that
    /// limits the virtual cluster's pods to the labelled nodes.
    /// </summary>
    public EksVirtualCluster NodeLabel(string nodeLabel) => With(s => s with
    {
        ContainerProvider = s.ContainerProvider! with
        {
            Info = new EksContainerInfoSpec { EksInfo = s.ContainerProvider.Info!.EksInfo! with { NodeLabel = Require.EksName(nodeLabel, nameof(nodeLabel), "The node label") } },
        },
    });

    /// <summary>Adds or replaces a tag; tags keep the order first written.</summary>
    public EksVirtualCluster Tag(string key, string value) => With(s => s with { Tags = EksJobParts.Tag(s.Tags, key, value) });

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public EksVirtualCluster With(Func<EksVirtualClusterSpec, EksVirtualClusterSpec> change) => new(change(Spec));
}
