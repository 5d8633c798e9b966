using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Import;

/// <summary>
/// One part of the request: what the definition must look like once it is written (<see cref="Expected"/>),
/// fluent ways to write it, best first, and the raw <c>.With(s => s with { ... })</c> that always does.
/// </summary>
internal sealed record Statement(Func<ClusterSpec, ClusterSpec> Expected, IReadOnlyList<Fluent<Cluster>> Candidates, Func<ClusterSpec, Call> Raw)
{
    /// <summary>Top-level members of RunJobFlow copied from <paramref name="target"/>.</summary>
    public static Statement Members(ClusterSpec target, Fluent<Cluster> fluent, params string[] members) => new(
        current => Records.CopyMembers(ClusterSpec.Shape, current, target, members),
        new[] { fluent },
        current => RawWith(new Construction("s with", Assignments(ClusterSpec.Shape, current, target, members))));

    /// <summary>Members of <c>Instances</c> (<c>JobFlowInstancesConfig</c>) copied from <paramref name="target"/>.</summary>
    public static Statement InstanceMembers(InstancesSpec target, Fluent<Cluster> fluent, params string[] members) => new(
        current => current with { Instances = Records.CopyMembers(InstancesSpec.Shape, current.Instances ?? new InstancesSpec(), target, members) },
        new[] { fluent },
        current => RawWith(new Construction("s with", new[]
        {
            new KeyValuePair<string, Expr>(
                "Instances",
                new Construction("(s.Instances ?? new InstancesSpec()) with", Assignments(InstancesSpec.Shape, current.Instances ?? new InstancesSpec(), target, members))),
        })));

    /// <summary>One more item of a top-level list (a step, a bootstrap action, a configuration).</summary>
    public static Statement Append<TItem>(
        string member, TItem item, Func<ClusterSpec, EquatableArray<TItem>> get, Func<ClusterSpec, EquatableArray<TItem>, ClusterSpec> set, IReadOnlyList<Fluent<Cluster>> candidates) => new(
        current => set(current, get(current).Add(item)),
        candidates,
        _ => RawWith(new Construction("s with", new[]
        {
            new KeyValuePair<string, Expr>(member, new Invocation("s." + member + ".Add", new[] { SpecLiteral.Of(item) })),
        })));

    private static Call RawWith(Expr change) => new("With", new Lambda("s", change));

    /// <summary>The target's values of <paramref name="members"/>; one the target leaves out but the definition has so far is reset with <c>default</c>.</summary>
    private static IEnumerable<KeyValuePair<string, Expr>> Assignments<TSpec>(ApiShape<TSpec> shape, TSpec current, TSpec target, string[] members)
        where TSpec : class =>
        shape.Members
            .Where(m => members.Contains(m.Name) && !(SpecLiteral.IsAbsent(m.GetValue(target)) && SpecLiteral.IsAbsent(m.GetValue(current))))
            .Select(m => new KeyValuePair<string, Expr>(
                SpecLiteral.PropertyName(typeof(TSpec), m.Name),
                SpecLiteral.IsAbsent(m.GetValue(target)) ? new Token("default") : SpecLiteral.Of(m.GetValue(target))));
}
