using System;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// A cluster definition holds something the Terraform AWS provider cannot express. Raised instead of
/// writing a document that would silently create a different cluster than the RunJobFlow request does.
/// </summary>
public sealed class TerraformConversionException : Exception
{
    public TerraformConversionException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Where in the RunJobFlow request the value sits, e.g. <c>Instances.InstanceGroups[2].Market</c>.</summary>
    public string Path { get; }

    public string Reason { get; }
}
