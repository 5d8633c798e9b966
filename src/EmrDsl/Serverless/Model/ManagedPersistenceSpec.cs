using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>ManagedPersistenceMonitoringConfiguration</c> structure of the EMR Serverless API. The managed log persistence configuration for a job run.</summary>
public sealed record ManagedPersistenceSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Enables managed logging and defaults to true.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The KMS key ARN to encrypt the logs stored in managed log persistence.</summary>
    public string? EncryptionKeyArn { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ManagedPersistenceSpec> Shape = new ApiShape<ManagedPersistenceSpec>("ManagedPersistenceMonitoringConfiguration", () => new ManagedPersistenceSpec())
        .Member("enabled", Codec.Bool, s => s.Enabled, (s, v) => s with { Enabled = v })
        .Member("encryptionKeyArn", Codec.String, s => s.EncryptionKeyArn, (s, v) => s with { EncryptionKeyArn = v }, MemberLimits.Of(minLength: 20, maxLength: 2048));
}
