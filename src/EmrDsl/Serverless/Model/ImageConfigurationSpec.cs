using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>ImageConfigurationInput</c> structure of the EMR Serverless API. The image configuration.</summary>
public sealed record ImageConfigurationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The URI of an image in the Amazon ECR registry.</summary>
    public string? ImageUri { get; init; }

    /// <summary>Boolean value indicating if the digest resolution is application level or workload level.</summary>
    public bool? ApplicationLevelDigestResolution { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ImageConfigurationSpec> Shape = new ApiShape<ImageConfigurationSpec>("ImageConfigurationInput", () => new ImageConfigurationSpec())
        .Member("imageUri", Codec.String, s => s.ImageUri, (s, v) => s with { ImageUri = v }, MemberLimits.Of(minLength: 1, maxLength: 1024))
        .Member("applicationLevelDigestResolution", Codec.Bool, s => s.ApplicationLevelDigestResolution, (s, v) => s with { ApplicationLevelDigestResolution = v });
}
