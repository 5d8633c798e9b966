using System;

namespace EmrDsl.Artifacts;

/// <summary>
/// Marks a generated class whose constants are a definition's artifacts, so the build and
/// <c>emrdsl export</c> can find them in a compiled assembly's metadata without running its code.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EmrArtifactsAttribute : Attribute
{
}
