using System.Linq;
using EmrDsl.Model;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// Everything the emitter needs for one definition and nothing else: no locations, so moving code around
/// leaves this value equal and the generated source cached.
/// </summary>
/// <param name="HintName">Unique per definition: the generated file's name.</param>
/// <param name="Namespace">The containing namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">The containing types, outermost first.</param>
/// <param name="MemberName">The marked member; what is emitted for it alone is named <see cref="ArtifactsName"/>.</param>
/// <param name="AttributeName">The marker the definition carries (<c>EmrCluster</c>), named in the file header.</param>
/// <param name="Artifacts">The payload constants, in emission order.</param>
internal sealed record ArtifactsSpec(
    string HintName,
    string Namespace,
    EquatableArray<TypeDeclarationSpec> ContainingTypes,
    string MemberName,
    string AttributeName,
    EquatableArray<NamedArtifact> Artifacts)
{
    /// <summary><c>NightlyEtlArtifacts</c>: the class of typed constants, or the manifest constant of a file of its own.</summary>
    public string ArtifactsName => MemberName + "Artifacts";

    /// <summary>The namespace and types around the definition, dotted: <c>Acme.Data.Pipelines</c>.</summary>
    public string ContainingName => string.Join(".", (Namespace.Length > 0 ? new[] { Namespace } : []).Concat(ContainingTypes.Select(t => t.Name)));

    /// <summary>The definition's full name, <c>Acme.Data.Pipelines.NightlyEtl</c>: how a manifest and the build task's messages name it.</summary>
    public string DefinitionName => ContainingName + "." + MemberName;
}
