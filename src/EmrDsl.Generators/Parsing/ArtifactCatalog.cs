using System;
using System.Collections.Generic;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// The constants emitted for every definition. A new payload kind of the runtime is one more line in
/// <see cref="Payloads"/>; the emitter writes whatever this list holds.
/// </summary>
internal static class ArtifactCatalog
{
    private static readonly (string Name, Func<Cluster, string?> Write)[] Payloads =
    {
        ("RunJobFlowJson", cluster => cluster.ToRunJobFlowJson()),
    };

    public static EquatableArray<NamedArtifact> For(Cluster cluster, string fileName)
    {
        var artifacts = new List<NamedArtifact>();
        if (cluster.Spec.Name is { } name)
        {
            artifacts.Add(new NamedArtifact("ClusterName", name));
        }

        artifacts.Add(new NamedArtifact("FileName", fileName));
        foreach (var (artifactName, write) in Payloads)
        {
            if (write(cluster) is { } content)
            {
                artifacts.Add(new NamedArtifact(artifactName, content));
            }
        }

        return artifacts.ToEquatableArray();
    }
}
