using System;
using System.Collections.Generic;
using EmrDsl.Artifacts;
using EmrDsl.Emit.Terraform;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// The constants emitted for every definition, named by the shared <see cref="ArtifactKinds"/> table (the
/// build task and the CLI read them back by those names). A new payload kind is one more line in
/// <see cref="Payloads"/>; a payload that does not apply to a definition yields null and is left out.
/// </summary>
internal static class ArtifactCatalog
{
    private static readonly (ArtifactKind Kind, Func<Cluster, string, string?> Write)[] Payloads =
    {
        (ArtifactKinds.RunJobFlow, (cluster, _) => cluster.ToRunJobFlowJson()),
        (ArtifactKinds.AddJobFlowSteps, (cluster, jobFlowId) => cluster.Spec.Steps.IsEmpty ? null : cluster.ToAddJobFlowStepsJson(jobFlowId)),
        (ArtifactKinds.SecurityConfiguration, (cluster, _) => cluster.SecurityConfigurationDocument is null ? null : cluster.ToSecurityConfigurationJson()),
        (ArtifactKinds.Terraform, (cluster, _) => cluster.ToTerraformJson()),
    };

    /// <summary>
    /// The artifacts of <paramref name="cluster"/>. A payload its target cannot express (Terraform has no argument
    /// for some request members) is left out and reported through <paramref name="skipped"/>, never guessed.
    /// </summary>
    public static EquatableArray<NamedArtifact> For(Cluster cluster, string fileName, string jobFlowId, List<TerraformConversionException> skipped)
    {
        var artifacts = new List<NamedArtifact>();
        if (cluster.Spec.Name is { } name)
        {
            artifacts.Add(new NamedArtifact("ClusterName", name));
        }

        artifacts.Add(new NamedArtifact(ArtifactKinds.FileNameConstant, fileName));
        foreach (var (kind, write) in Payloads)
        {
            try
            {
                if (write(cluster, jobFlowId) is { } content)
                {
                    artifacts.Add(new NamedArtifact(kind.ConstantName, content));
                }
            }
            catch (TerraformConversionException e)
            {
                skipped.Add(e);
            }
        }

        return artifacts.ToEquatableArray();
    }
}
