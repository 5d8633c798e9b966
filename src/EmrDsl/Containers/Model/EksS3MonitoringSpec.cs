using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>S3MonitoringConfiguration</c> structure of the EMR on EKS API. Amazon S3 configuration for monitoring log publishing.</summary>
public sealed record EksS3MonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Amazon S3 destination URI for log publishing.</summary>
    public string? LogUri { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksS3MonitoringSpec> Shape = new ApiShape<EksS3MonitoringSpec>("S3MonitoringConfiguration", () => new EksS3MonitoringSpec())
        .Member("logUri", Codec.String, s => s.LogUri, (s, v) => s with { LogUri = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 10280));
}
