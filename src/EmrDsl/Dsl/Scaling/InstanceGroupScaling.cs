using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// An instance group's automatic scaling policy set on a running cluster (the PutAutoScalingPolicy request), e.g. when
/// a group's policy changes after launch: <c>InstanceGroupScaling.For("j-2AXXXXXXGAPLF", "ig-1XXXX").AutoScaling(2, 10, p => ...)</c>,
/// or the policy a cluster definition gives one of its groups. Immutable. Mark a static member returning it with
/// <see cref="EmrScalingAttribute"/> to have its request written at build time.
/// </summary>
public sealed class InstanceGroupScaling : IHoldsApiSpec
{
    private InstanceGroupScaling(PutAutoScalingPolicySpec spec) => Spec = spec;

    /// <summary>The PutAutoScalingPolicy request this stands for.</summary>
    public PutAutoScalingPolicySpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>
    /// The policy of group <paramref name="instanceGroupId"/> (<c>ig-...</c>, or a placeholder the deploying tool fills in)
    /// of cluster <paramref name="clusterId"/> (<c>j-...</c> or a placeholder).
    /// </summary>
    public static InstanceGroupScaling For(string clusterId, string instanceGroupId) => new(new PutAutoScalingPolicySpec
    {
        ClusterId = Require.ClusterId(clusterId, nameof(clusterId)),
        InstanceGroupId = Require.NonEmpty(instanceGroupId, nameof(instanceGroupId), "An instance group id"),
    });

    /// <summary>A policy not yet bound to a group: what <c>aws emr put-auto-scaling-policy --auto-scaling-policy</c> takes. Bind it with <see cref="ForGroup"/>.</summary>
    public static InstanceGroupScaling Create() => new(new PutAutoScalingPolicySpec());

    /// <summary>Wraps an existing spec (for example one read from a PutAutoScalingPolicy payload).</summary>
    public static InstanceGroupScaling FromSpec(PutAutoScalingPolicySpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>Binds the policy to group <paramref name="instanceGroupId"/> of cluster <paramref name="clusterId"/>.</summary>
    public InstanceGroupScaling ForGroup(string clusterId, string instanceGroupId) =>
        With(s => s with { ClusterId = For(clusterId, instanceGroupId).Spec.ClusterId, InstanceGroupId = instanceGroupId });

    /// <summary>The policy, between <paramref name="minCapacity"/> and <paramref name="maxCapacity"/> instances, as <see cref="InstanceGroup.AutoScaling"/> writes it.</summary>
    public InstanceGroupScaling AutoScaling(int minCapacity, int maxCapacity, Func<AutoScalingPolicy, AutoScalingPolicy> rules) =>
        With(s => s with { AutoScalingPolicy = EmrDsl.AutoScalingPolicy.Build(minCapacity, maxCapacity, rules) });

    /// <summary>
    /// The policy <paramref name="cluster"/> gives its group: the core group for <see cref="InstanceRole.Core"/>, the task
    /// group named <paramref name="taskGroupName"/> (or the only task group) for <see cref="InstanceRole.Task"/>.
    /// </summary>
    public InstanceGroupScaling PolicyOf(Cluster cluster, InstanceRole role, string? taskGroupName = null)
    {
        var groups = Require.NotNull(cluster, nameof(cluster), "The cluster").Spec.Instances?.InstanceGroups ?? default;
        var matching = groups.Where(g => g.InstanceRole == role && (taskGroupName is null || g.Name == taskGroupName)).ToList();
        var which = $"{Wire.ApiEnum<InstanceRole>.ToApi(role)} instance group{(taskGroupName is null ? string.Empty : " '" + taskGroupName + "'")}";
        if (matching.Count != 1)
        {
            throw new ArgumentException(
                matching.Count == 0
                    ? $"Cluster '{cluster.Spec.Name}' has no {which}; name one it has."
                    : $"Cluster '{cluster.Spec.Name}' has {matching.Count} {which}s; name the task group: PolicyOf(cluster, InstanceRole.Task, \"name\").",
                nameof(role));
        }

        var policy = matching[0].AutoScalingPolicy
            ?? throw new ArgumentException($"The {which} of cluster '{cluster.Spec.Name}' has no automatic scaling policy; give it one with .AutoScaling(...).", nameof(cluster));
        return With(s => s with { AutoScalingPolicy = policy });
    }

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public InstanceGroupScaling With(Func<PutAutoScalingPolicySpec, PutAutoScalingPolicySpec> change) => new(change(Spec));

    /// <summary>The PutAutoScalingPolicy request JSON (boto3 <c>put_auto_scaling_policy(**payload)</c>): service-model member order, no nulls.</summary>
    public string ToPutAutoScalingPolicyJson()
    {
        if (Spec.ClusterId is null || Spec.InstanceGroupId is null)
        {
            throw new InvalidOperationException("The policy is bound to no instance group: write InstanceGroupScaling.For(clusterId, instanceGroupId) or .ForGroup(...), or take the bare policy with ToAutoScalingPolicyJson().");
        }

        return JsonText.Write(PutAutoScalingPolicySpec.Shape.Write(RequirePolicy()));
    }

    /// <summary>The bare policy document (what <c>--auto-scaling-policy</c> and an instance group config take).</summary>
    public string ToAutoScalingPolicyJson() => JsonText.Write(AutoScalingPolicySpec.Shape.Write(RequirePolicy().AutoScalingPolicy!));

    /// <summary>Runs the rules that judge a policy without its cluster (EMR010, EMR020-EMR024), paths under <c>AutoScalingPolicy</c>.</summary>
    public IReadOnlyList<Finding> Validate(RuleContext? context = null) => RuleSet.Run(Spec, context);

    private PutAutoScalingPolicySpec RequirePolicy() =>
        Spec.AutoScalingPolicy is null
            ? throw new InvalidOperationException("The request has no policy yet: write .AutoScaling(min, max, p => ...) or .PolicyOf(cluster, role).")
            : Spec;
}
