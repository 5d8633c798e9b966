using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// Managed scaling limits set on a running cluster (the PutManagedScalingPolicy request):
/// <c>ManagedScalingLimits.For("j-2AXXXXXXGAPLF").Limits(2, 20, maxOnDemand: 6)</c>, or the limits a cluster definition
/// has. Immutable. Mark a static member returning it with <see cref="EmrScalingAttribute"/> to have its request written at
/// build time.
/// </summary>
public sealed class ManagedScalingLimits : IHoldsApiSpec
{
    private ManagedScalingLimits(PutManagedScalingPolicySpec spec) => Spec = spec;

    /// <summary>The PutManagedScalingPolicy request this stands for.</summary>
    public PutManagedScalingPolicySpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>Limits for cluster <paramref name="clusterId"/> (<c>j-...</c>, or a placeholder the deploying tool fills in).</summary>
    public static ManagedScalingLimits For(string clusterId) =>
        new(new PutManagedScalingPolicySpec { ClusterId = Require.ClusterId(clusterId, nameof(clusterId)) });

    /// <summary>Wraps an existing spec (for example one read from a PutManagedScalingPolicy payload).</summary>
    public static ManagedScalingLimits FromSpec(PutManagedScalingPolicySpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>The limits, as <see cref="Cluster.ManagedScaling"/> writes them for a new cluster.</summary>
    public ManagedScalingLimits Limits(int min, int max, ComputeLimitsUnitType unit = ComputeLimitsUnitType.Instances, int? maxOnDemand = null, int? maxCore = null)
    {
        var limits = ComputeLimitsBuilder.Build(min, max, unit, maxOnDemand, maxCore);
        return With(s => s with { ManagedScalingPolicy = (s.ManagedScalingPolicy ?? new ManagedScalingSpec()) with { ComputeLimits = limits } });
    }

    /// <summary>The managed scaling policy <paramref name="cluster"/> has, e.g. to change a running cluster's limits to its definition's.</summary>
    public ManagedScalingLimits PolicyOf(Cluster cluster)
    {
        var policy = Require.NotNull(cluster, nameof(cluster), "The cluster").Spec.ManagedScalingPolicy
            ?? throw new ArgumentException($"Cluster '{cluster.Spec.Name}' has no managed scaling policy; give it one with .ManagedScaling(min, max).", nameof(cluster));
        return With(s => s with { ManagedScalingPolicy = policy });
    }

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public ManagedScalingLimits With(Func<PutManagedScalingPolicySpec, PutManagedScalingPolicySpec> change) => new(change(Spec));

    /// <summary>The PutManagedScalingPolicy request JSON (boto3 <c>put_managed_scaling_policy(**payload)</c>): service-model member order, no nulls.</summary>
    public string ToPutManagedScalingPolicyJson() =>
        Spec.ManagedScalingPolicy is null
            ? throw new InvalidOperationException($"The request for cluster '{Spec.ClusterId}' has no limits yet: write .Limits(min, max) or .PolicyOf(cluster).")
            : JsonText.Write(PutManagedScalingPolicySpec.Shape.Write(Spec));

    /// <summary>Runs the rules that judge managed scaling limits without the cluster (EMR010, EMR012), paths under <c>ManagedScalingPolicy</c>.</summary>
    public IReadOnlyList<Finding> Validate(RuleContext? context = null) => RuleSet.Run(Spec, context);
}
