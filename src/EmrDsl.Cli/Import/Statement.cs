using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Import;

/// <summary>
/// One part of the request: what the definition's spec must look like once it is written (<see cref="Expected"/>),
/// fluent ways to write it, best first, and the raw <c>.With(s => s with { ... })</c> that always does.
/// </summary>
internal sealed record Statement<TDef, TSpec>(Func<TSpec, TSpec> Expected, IReadOnlyList<Fluent<TDef>> Candidates, Func<TSpec, Call> Raw);

/// <summary>The statements every importer builds: members copied from the request, and one more item of a list.</summary>
internal static class Statement
{
    /// <summary>Top-level members of the request copied from <paramref name="target"/>.</summary>
    public static Statement<TDef, TSpec> Members<TDef, TSpec>(ApiShape<TSpec> shape, TSpec target, Fluent<TDef> fluent, params string[] members)
        where TSpec : class => new(
        current => Records.CopyMembers(shape, current, target, members),
        new[] { fluent },
        current => RawWith(new Construction("s with", Assignments(shape, current, target, members))));

    /// <summary>Top-level members of RunJobFlow copied from <paramref name="target"/>.</summary>
    public static Statement<Cluster, ClusterSpec> Members(ClusterSpec target, Fluent<Cluster> fluent, params string[] members) =>
        Members(ClusterSpec.Shape, target, fluent, members);

    /// <summary>Members of <c>Instances</c> (<c>JobFlowInstancesConfig</c>) copied from <paramref name="target"/>.</summary>
    public static Statement<Cluster, ClusterSpec> InstanceMembers(InstancesSpec target, Fluent<Cluster> fluent, params string[] members) =>
        NestedMembers<Cluster, ClusterSpec, InstancesSpec>(InstancesSpec.Shape, "Instances", s => s.Instances, (s, v) => s with { Instances = v }, target, fluent, members);

    /// <summary>
    /// Members of the structure in the request's member <paramref name="property"/> (RunJobFlow's <c>Instances</c>, a
    /// job template's <c>JobTemplateData</c>) copied from <paramref name="target"/>.
    /// </summary>
    public static Statement<TDef, TSpec> NestedMembers<TDef, TSpec, TInner>(
        ApiShape<TInner> shape, string property, Func<TSpec, TInner?> get, Func<TSpec, TInner, TSpec> set, TInner target, Fluent<TDef> fluent, params string[] members)
        where TInner : class, new() => new(
        current => set(current, Records.CopyMembers(shape, get(current) ?? new TInner(), target, members)),
        new[] { fluent },
        current => RawWith(new Construction("s with", new[]
        {
            new KeyValuePair<string, Expr>(
                property,
                new Construction($"(s.{property} ?? new {typeof(TInner).Name}()) with", Assignments(shape, get(current) ?? new TInner(), target, members))),
        })));

    /// <summary>One more item of a top-level list (a step, a bootstrap action, a configuration).</summary>
    public static Statement<TDef, TSpec> Append<TDef, TSpec, TItem>(
        string member, TItem item, Func<TSpec, EquatableArray<TItem>> get, Func<TSpec, EquatableArray<TItem>, TSpec> set, IReadOnlyList<Fluent<TDef>> candidates) => new(
        current => set(current, get(current).Add(item)),
        candidates,
        _ => RawWith(new Construction("s with", new[]
        {
            new KeyValuePair<string, Expr>(member, new Invocation("s." + member + ".Add", new[] { SpecLiteral.Of(item) })),
        })));

    /// <summary>One more item of a RunJobFlow list.</summary>
    public static Statement<Cluster, ClusterSpec> Append<TItem>(
        string member, TItem item, Func<ClusterSpec, EquatableArray<TItem>> get, Func<ClusterSpec, EquatableArray<TItem>, ClusterSpec> set, IReadOnlyList<Fluent<Cluster>> candidates) =>
        Append<Cluster, ClusterSpec, TItem>(member, item, get, set, candidates);

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
