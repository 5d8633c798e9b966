using System;

namespace EmrDsl.Emit;

/// <summary>
/// A definition holds something a deployment format cannot express (a Terraform argument or a CloudFormation property
/// is missing for it). Raised instead of writing a document that would silently create something other than what the
/// API request describes.
/// </summary>
public class UnrepresentableException : Exception
{
    public UnrepresentableException(string format, string path, string reason)
        : base($"{path}: {reason}")
    {
        Format = format;
        Path = path;
        Reason = reason;
    }

    /// <summary>What was being written: <c>Terraform</c>, <c>CloudFormation</c>.</summary>
    public string Format { get; }

    /// <summary>Where in the API request the value sits, e.g. <c>Instances.InstanceGroups[2].Market</c>.</summary>
    public string Path { get; }

    public string Reason { get; }
}
