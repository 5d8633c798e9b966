using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>S3MonitoringConfiguration</c> structure of the EMR Serverless API. The Amazon S3 configuration for monitoring log publishing.</summary>
public sealed record ServerlessS3MonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Amazon S3 destination URI for log publishing.</summary>
    public string? LogUri { get; init; }

    /// <summary>The KMS key ARN to encrypt the logs published to the given Amazon S3 destination.</summary>
    public string? EncryptionKeyArn { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ServerlessS3MonitoringSpec> Shape = new ApiShape<ServerlessS3MonitoringSpec>("S3MonitoringConfiguration", () => new ServerlessS3MonitoringSpec())
        .Member("logUri", Codec.String, s => s.LogUri, (s, v) => s with { LogUri = v }, MemberLimits.Of(minLength: 1, maxLength: 10280))
        .Member("encryptionKeyArn", Codec.String, s => s.EncryptionKeyArn, (s, v) => s with { EncryptionKeyArn = v }, MemberLimits.Of(minLength: 20, maxLength: 2048));
}
