using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>CloudWatchLoggingConfiguration</c> structure of the EMR Serverless API. The Amazon CloudWatch configuration for monitoring logs.</summary>
public sealed record CloudWatchLoggingSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Enables CloudWatch logging.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The name of the log group in Amazon CloudWatch Logs where you want to publish your logs.</summary>
    public string? LogGroupName { get; init; }

    /// <summary>Prefix for the CloudWatch log stream name.</summary>
    public string? LogStreamNamePrefix { get; init; }

    /// <summary>The Key Management Service (KMS) key ARN to encrypt the logs that you store in CloudWatch Logs.</summary>
    public string? EncryptionKeyArn { get; init; }

    /// <summary>The types of logs that you want to publish to CloudWatch.</summary>
    public EquatableArray<StringListEntry> LogTypes { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<CloudWatchLoggingSpec> Shape = new ApiShape<CloudWatchLoggingSpec>("CloudWatchLoggingConfiguration", () => new CloudWatchLoggingSpec())
        .Member("enabled", Codec.Bool, s => s.Enabled, (s, v) => s with { Enabled = v }, MemberLimits.Of(required: true))
        .Member("logGroupName", Codec.String, s => s.LogGroupName, (s, v) => s with { LogGroupName = v }, MemberLimits.Of(minLength: 1, maxLength: 512))
        .Member("logStreamNamePrefix", Codec.String, s => s.LogStreamNamePrefix, (s, v) => s with { LogStreamNamePrefix = v }, MemberLimits.Of(minLength: 1, maxLength: 512))
        .Member("encryptionKeyArn", Codec.String, s => s.EncryptionKeyArn, (s, v) => s with { EncryptionKeyArn = v }, MemberLimits.Of(minLength: 20, maxLength: 2048))
        .Member("logTypes", Codec.ListMap, s => s.LogTypes, (s, v) => s with { LogTypes = v }, MemberLimits.Of(minLength: 1, maxLength: 4));
}
