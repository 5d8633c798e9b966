using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>ContainerLogRotationConfiguration</c> structure of the EMR on EKS API. The settings for container log rotation.</summary>
public sealed record EksContainerLogRotationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The file size at which to rotate logs (for example <c>2KB</c>, <c>1GB</c>).</summary>
    public string? RotationSize { get; init; }

    /// <summary>The number of files to keep in container after rotation.</summary>
    public int? MaxFilesToKeep { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksContainerLogRotationSpec> Shape = new ApiShape<EksContainerLogRotationSpec>("ContainerLogRotationConfiguration", () => new EksContainerLogRotationSpec())
        .Member("rotationSize", Codec.String, s => s.RotationSize, (s, v) => s with { RotationSize = v }, MemberLimits.Of(required: true, minLength: 3, maxLength: 12))
        .Member("maxFilesToKeep", Codec.Int, s => s.MaxFilesToKeep, (s, v) => s with { MaxFilesToKeep = v }, MemberLimits.Of(required: true, min: 1, max: 50));
}
