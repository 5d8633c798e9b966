using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;

namespace EmrDsl.Cli.Import;

/// <summary>
/// Turns a RunJobFlow request into a fluent definition. Each part is written with the DSL when the same DSL
/// calls, made here, reproduce it exactly; otherwise (a value the DSL's checks refuse, a member it does not
/// cover) with the raw escape hatch. What is left over is written raw too, so the whole request round-trips.
/// </summary>
internal static class ClusterImporter
{
    public static Chain Import(ClusterSpec target)
    {
        var (head, cluster) = Start(target);
        var calls = new List<Call>();
        foreach (var statement in ClusterStatements.For(target).Concat(Leftovers(target)))
        {
            var expected = statement.Expected(cluster.Spec);
            var fluent = statement.Candidates.FirstOrDefault(c => c.Calls.Count > 0 && Builds(c, cluster, expected));
            if (fluent is not null)
            {
                calls.AddRange(fluent.Calls);
                cluster = fluent.Apply(cluster);
            }
            else if (expected != cluster.Spec)
            {
                calls.Add(statement.Raw(cluster.Spec));
                cluster = cluster.With(_ => expected);
            }
        }

        return cluster.Spec == target
            ? new Chain(head, calls, oneCallPerLine: true)
            : throw new InvalidOperationException("The imported definition does not reproduce the request; please report this with the payload.");
    }

    private static (string Head, Cluster Cluster) Start(ClusterSpec target)
    {
        if (target.Name is { } name)
        {
            try
            {
                return ($"Cluster.Create({CSharpLiteral.String(name).Text})", Cluster.Create(name));
            }
            catch (ArgumentException)
            {
                return ($"Cluster.FromSpec(new ClusterSpec {{ Name = {CSharpLiteral.String(name).Text} }})", Cluster.FromSpec(new ClusterSpec { Name = name }));
            }
        }

        return ("Cluster.FromSpec(new ClusterSpec())", Cluster.FromSpec(new ClusterSpec()));
    }

    /// <summary>Whether the candidate's DSL calls build exactly <paramref name="expected"/>; a refused argument is simply a no.</summary>
    private static bool Builds(Fluent<Cluster> candidate, Cluster cluster, ClusterSpec expected)
    {
        try
        {
            return candidate.Apply(cluster).Spec == expected;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Raw statements for every member the fluent statements left different: Instances' own members first, then the request's.</summary>
    private static IEnumerable<Statement> Leftovers(ClusterSpec target)
    {
        if (target.Instances is { } instances)
        {
            foreach (var member in InstancesSpec.Shape.Members.Where(m => !SpecLiteral.IsAbsent(m.GetValue(instances))))
            {
                yield return Statement.InstanceMembers(instances, Fluent<Cluster>.Empty, member.Name);
            }
        }

        foreach (var member in ClusterSpec.Shape.Members)
        {
            yield return Statement.Members(target, Fluent<Cluster>.Empty, member.Name);
        }
    }
}
