using System;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// An EMR cluster definition. Immutable: every method returns a new definition, so a shared base can be
/// refined per pipeline or environment without one override leaking into another.
/// The fluent surface is split by area into partial files (Cluster.Instances.cs, Cluster.Steps.cs, ...).
/// </summary>
public sealed partial class Cluster : IHoldsApiSpec
{
    private Cluster(ClusterSpec spec, SecurityConfigurationSpec? securityConfigurationDocument)
    {
        Spec = spec;
        SecurityConfigurationDocument = securityConfigurationDocument;
    }

    /// <summary>The RunJobFlow request this definition stands for.</summary>
    public ClusterSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>
    /// The security configuration authored with this cluster, if any (RunJobFlow only carries its name, in
    /// <see cref="ClusterSpec.SecurityConfiguration"/>; the document goes to CreateSecurityConfiguration).
    /// </summary>
    public SecurityConfigurationSpec? SecurityConfigurationDocument { get; }

    /// <summary>Starts a definition; EMR requires a name (1 to 256 characters).</summary>
    public static Cluster Create(string name) => new(new ClusterSpec { Name = Require.Name(name, nameof(name)) }, null);

    /// <summary>Wraps an existing spec (for example one read from a RunJobFlow payload).</summary>
    public static Cluster FromSpec(ClusterSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)), null);

    /// <summary>A copy with a different cluster name: how environments and pipelines derive from a base.</summary>
    public Cluster Named(string name) => With(s => s with { Name = Require.Name(name, nameof(name)) });

    /// <summary>Applies a change to the spec; the building block of every fluent method. Keeps the authored security configuration.</summary>
    public Cluster With(Func<ClusterSpec, ClusterSpec> change) => new(change(Spec), SecurityConfigurationDocument);

    private Cluster WithInstances(Func<InstancesSpec, InstancesSpec> change) =>
        With(s => s with { Instances = change(s.Instances ?? new InstancesSpec()) });
}
