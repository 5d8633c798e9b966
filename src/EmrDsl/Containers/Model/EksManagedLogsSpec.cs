using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>ManagedLogs</c> structure of the EMR on EKS API. The entity that controls configuration for managed logs.</summary>
public sealed record EksManagedLogsSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Whether AWS may retain the job run's logs.</summary>
    public Toggle? AllowAWSToRetainLogs { get; init; }

    /// <summary>The KMS key ARN that encrypts the managed logs.</summary>
    public string? EncryptionKeyArn { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksManagedLogsSpec> Shape = new ApiShape<EksManagedLogsSpec>("ManagedLogs", () => new EksManagedLogsSpec())
        .Member("allowAWSToRetainLogs", Codec.Enum<Toggle>(), s => s.AllowAWSToRetainLogs, (s, v) => s with { AllowAWSToRetainLogs = v })
        .Member("encryptionKeyArn", Codec.String, s => s.EncryptionKeyArn, (s, v) => s with { EncryptionKeyArn = v }, MemberLimits.Of(minLength: 3, maxLength: 2048));
}
