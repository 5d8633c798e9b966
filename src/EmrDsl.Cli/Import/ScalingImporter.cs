using System.Collections.Generic;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// Turns the scaling requests into verified fluent definitions: PutAutoScalingPolicy (or a bare policy) into an
/// <see cref="InstanceGroupScaling"/>, PutManagedScalingPolicy into <see cref="ManagedScalingLimits"/>.
/// </summary>
internal static class ScalingImporter
{
    public static readonly DefinitionType<InstanceGroupScaling, PutAutoScalingPolicySpec> PolicyType =
        new(nameof(InstanceGroupScaling), PutAutoScalingPolicySpec.Shape, s => s.Spec, (s, change) => s.With(change), InstanceGroupScaling.FromSpec);

    public static readonly DefinitionType<ManagedScalingLimits, PutManagedScalingPolicySpec> LimitsType =
        new(nameof(ManagedScalingLimits), PutManagedScalingPolicySpec.Shape, s => s.Spec, (s, change) => s.With(change), ManagedScalingLimits.FromSpec);

    /// <summary>A request with both ids starts from <c>InstanceGroupScaling.For(...)</c>; a bare policy from <c>InstanceGroupScaling.Create()</c>.</summary>
    public static Syntax.Chain Import(PutAutoScalingPolicySpec target)
    {
        var head = target is { ClusterId: { } clusterId, InstanceGroupId: { } groupId }
            ? new Head<InstanceGroupScaling>($"InstanceGroupScaling.For({S(clusterId).Text}, {S(groupId).Text})", () => InstanceGroupScaling.For(clusterId, groupId), "ClusterId", "InstanceGroupId")
            : new Head<InstanceGroupScaling>("InstanceGroupScaling.Create()", InstanceGroupScaling.Create);
        return VerifiedImport.Import(PolicyType, target, head, PolicyStatements(target));
    }

    public static Syntax.Chain Import(PutManagedScalingPolicySpec target)
    {
        var head = target.ClusterId is { } clusterId
            ? new Head<ManagedScalingLimits>($"ManagedScalingLimits.For({S(clusterId).Text})", () => ManagedScalingLimits.For(clusterId), "ClusterId")
            : null;
        return VerifiedImport.Import(LimitsType, target, head, LimitsStatements(target));
    }

    private static IEnumerable<Statement<InstanceGroupScaling, PutAutoScalingPolicySpec>> PolicyStatements(PutAutoScalingPolicySpec t)
    {
        if (t.AutoScalingPolicy is { } policy)
        {
            yield return Statement.Members(
                PutAutoScalingPolicySpec.Shape,
                t,
                AutoScalingCode.Policy(Fluent<InstanceGroupScaling>.Empty, policy, (scaling, min, max, rules) => scaling.AutoScaling(min, max, rules)),
                "AutoScalingPolicy");
        }
    }

    private static IEnumerable<Statement<ManagedScalingLimits, PutManagedScalingPolicySpec>> LimitsStatements(PutManagedScalingPolicySpec t)
    {
        if (ManagedScalingCode.Limits<ManagedScalingLimits>(t.ManagedScalingPolicy?.ComputeLimits, "Limits", (l, min, max, unit, maxOnDemand, maxCore) => l.Limits(min, max, unit, maxOnDemand, maxCore)) is { } limits)
        {
            yield return Statement.Members(PutManagedScalingPolicySpec.Shape, t, limits, "ManagedScalingPolicy");
        }
    }
}
