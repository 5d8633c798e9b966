using System;

namespace EmrDsl.Artifacts;

/// <summary>
/// Marks what the generator writes a definition's artifacts into, so the build and <c>emrdsl export</c> can find them
/// in a compiled assembly's metadata without running its code: by default a private constant holding those of every definition in one generated file, with
/// <c>&lt;EmrDslArtifactConstants&gt;true&lt;/EmrDslArtifactConstants&gt;</c> a class with one typed constant each.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Field, Inherited = false)]
public sealed class EmrArtifactsAttribute : Attribute
{
}
