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
        // A node label is part of the provider, so it is written on the head; a provider the factory does not write the
        // same way makes the head the spec literal with these members.
        var (name, eksCluster, ns, label) = (target.Name, target.ContainerProvider?.Id, target.ContainerProvider?.Info?.EksInfo?.Namespace, target.ContainerProvider?.Info?.EksInfo?.NodeLabel);
        var create = $"EksVirtualCluster.Create({EksCode.Literal(name)}, {EksCode.Literal(eksCluster)}, {EksCode.Literal(ns)})";
        var head = new Head<EksVirtualCluster>(
            label is null ? create : $"{create}.NodeLabel({EksCode.Literal(label)})",
            () => label is null ? EksVirtualCluster.Create(name!, eksCluster!, ns!) : EksVirtualCluster.Create(name!, eksCluster!, ns!).NodeLabel(label),
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
