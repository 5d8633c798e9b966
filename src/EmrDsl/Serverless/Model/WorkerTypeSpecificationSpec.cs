using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>WorkerTypeSpecificationInput</c> structure of the EMR Serverless API. The specifications for a worker type.</summary>
public sealed record WorkerTypeSpecificationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The image configuration for a worker type.</summary>
    public ImageConfigurationSpec? ImageConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<WorkerTypeSpecificationSpec> Shape = new ApiShape<WorkerTypeSpecificationSpec>("WorkerTypeSpecificationInput", () => new WorkerTypeSpecificationSpec())
        .Member("imageConfiguration", Codec.Object(() => ImageConfigurationSpec.Shape), s => s.ImageConfiguration, (s, v) => s with { ImageConfiguration = v });
}
