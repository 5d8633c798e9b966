using System;
using System.Collections.Generic;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// Managed scaling limits as one call taking <c>(min, max, unit, maxOnDemand:, maxCore:)</c>: <c>.ManagedScaling(...)</c> on a
/// cluster, <c>.Limits(...)</c> on <see cref="ManagedScalingLimits"/>. Null when the limits lack a member the call needs.
/// </summary>
internal static class ManagedScalingCode
{
    public static Fluent<T>? Limits<T>(ComputeLimitsSpec? limits, string method, Func<T, int, int, ComputeLimitsUnitType, int?, int?, T> apply)
    {
        if (limits is not { MinimumCapacityUnits: { } min, MaximumCapacityUnits: { } max, UnitType: { } unit })
        {
            return null;
        }

        var arguments = new List<Expr> { I(min), I(max), E(unit) };
        arguments.AddRange(ClusterStatements.Optional(("maxOnDemand", limits.MaximumOnDemandCapacityUnits), ("maxCore", limits.MaximumCoreCapacityUnits)));
        return One<T>(method, x => apply(x, min, max, unit, limits.MaximumOnDemandCapacityUnits, limits.MaximumCoreCapacityUnits), arguments.ToArray());
    }
}
