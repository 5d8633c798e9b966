using System.Collections.Generic;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Containers;
using EmrDsl.Containers.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Containers;

/// <summary>Turns an EMR on EKS CreateVirtualCluster request into a verified fluent <see cref="EksVirtualCluster"/> definition.</summary>
internal static class EksVirtualClusterImporter
{
    public static readonly DefinitionType<EksVirtualCluster, EksVirtualClusterSpec> Type =
        new(nameof(EksVirtualCluster), EksVirtualClusterSpec.Shape, c => c.Spec, (c, change) => c.With(change), EksVirtualCluster.FromSpec);

    public static Chain Import(EksVirtualClusterSpec target)
    {
        // A node label, or a provider the factory does not write the same way, makes the head the spec literal with these members.
        var (name, eksCluster, ns) = (target.Name, target.ContainerProvider?.Id, target.ContainerProvider?.Info?.EksInfo?.Namespace);
        var head = new Head<EksVirtualCluster>(
            $"EksVirtualCluster.Create({EksCode.Literal(name)}, {EksCode.Literal(eksCluster)}, {EksCode.Literal(ns)})",
            () => EksVirtualCluster.Create(name!, eksCluster!, ns!),
            "name",
            "containerProvider");
        return VerifiedImport.Import(Type, target, head, Statements(target));
    }

    private static IEnumerable<Statement<EksVirtualCluster, EksVirtualClusterSpec>> Statements(EksVirtualClusterSpec t)
    {
        if (t.SecurityConfigurationId is { } id)
        {
            yield return Statement.Members(EksVirtualClusterSpec.Shape, t, One<EksVirtualCluster>("SecurityConfiguration", c => c.SecurityConfiguration(id), S(id)), "securityConfigurationId");
        }

        if (!t.Tags.IsEmpty)
        {
            yield return Statement.Members(EksVirtualClusterSpec.Shape, t, Tags<EksVirtualCluster>(t.Tags, (c, k, v) => c.Tag(k, v)), "tags");
        }
    }
}
