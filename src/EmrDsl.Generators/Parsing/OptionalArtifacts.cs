using System.Collections.Generic;
using EmrDsl.Artifacts;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// An artifact a definition writes only when asked: by its project (<c>&lt;EmrDsl{Switch}&gt;true&lt;/EmrDsl{Switch}&gt;</c>,
/// which build/EmrDsl.props makes compiler-visible so it arrives as <c>build_property.EmrDsl{Switch}</c>) or by its own
/// attribute (<c>{Switch} = true</c> or <c>= false</c>), whose choice wins either way.
/// </summary>
/// <param name="Kind">The artifact written when asked.</param>
/// <param name="Switch">The attribute property that asks for it, and the project property's name without <c>EmrDsl</c>.</param>
/// <param name="Description">What it is, for messages: <c>Step Functions state machine</c>.</param>
internal sealed record OptionalArtifact(ArtifactKind Kind, string Switch, string Description)
{
    /// <summary>The MSBuild property a project sets: <c>EmrDslStepFunctions</c>.</summary>
    public string ProjectProperty => "EmrDsl" + Switch;
}

/// <summary>
/// The optional artifact kinds. Another kind is one row here; beside it, its writers go into
/// <see cref="ArtifactCatalog"/> marked with the row (<c>Payload.Optional&lt;Cluster&gt;(OptionalArtifacts.CloudFormation, ...)</c>),
/// the attributes that offer it get a bool property named <see cref="OptionalArtifact.Switch"/>, and build/EmrDsl.props
/// lists <c>&lt;CompilerVisibleProperty Include="EmrDsl{Switch}" /&gt;</c>. Reading the choices, caching them and
/// reporting what is not written need nothing more.
/// </summary>
internal static class OptionalArtifacts
{
    public static readonly OptionalArtifact StepFunctions = new(ArtifactKinds.StepFunctions, nameof(EmrClusterAttribute.StepFunctions), "Step Functions state machine");

    public static readonly OptionalArtifact CloudFormation = new(ArtifactKinds.CloudFormation, nameof(EmrClusterAttribute.CloudFormation), "CloudFormation template");

    public static IReadOnlyList<OptionalArtifact> All { get; } = new[] { StepFunctions, CloudFormation };
}
