using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>S3LoggingConfiguration</c> structure of the EMR API. Configuration for S3 logging behavior in EMR clusters.</summary>
public sealed record S3LoggingSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>A map that specifies the upload policy for each log type.</summary>
    public EquatableArray<MapEntry> LogTypeUploadPolicy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<S3LoggingSpec> Shape = new ApiShape<S3LoggingSpec>("S3LoggingConfiguration", () => new S3LoggingSpec())
        .Member("LogTypeUploadPolicy", Codec.Map, s => s.LogTypeUploadPolicy, (s, v) => s with { LogTypeUploadPolicy = v });
}
