using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;

namespace EmrDsl.Cli.Import;

/// <summary>Turns a RunJobFlow request into a verified fluent <see cref="Cluster"/> definition (see <see cref="VerifiedImport"/>).</summary>
internal static class ClusterImporter
{
    public static readonly DefinitionType<Cluster, ClusterSpec> Type = new("Cluster", ClusterSpec.Shape, c => c.Spec, (c, change) => c.With(change), Cluster.FromSpec);

    public static Chain Import(ClusterSpec target)
    {
        var head = target.Name is { } name ? new Head<Cluster>($"Cluster.Create({CSharpLiteral.String(name).Text})", () => Cluster.Create(name), "Name") : null;
        return VerifiedImport.Import(Type, target, head, ClusterStatements.For(target).Concat(InstanceLeftovers(target)));
    }

    /// <summary>Raw statements for the members of Instances the fluent statements left different, before the request's own.</summary>
    private static IEnumerable<Statement<Cluster, ClusterSpec>> InstanceLeftovers(ClusterSpec target) =>
        target.Instances is { } instances
            ? InstancesSpec.Shape.Members.Where(m => !SpecLiteral.IsAbsent(m.GetValue(instances))).Select(m => Statement.InstanceMembers(instances, Fluent<Cluster>.Empty, m.Name))
            : Enumerable.Empty<Statement<Cluster, ClusterSpec>>();
}
