using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>CloudWatchLogConfiguration</c> structure of the EMR API. Holds CloudWatch log configuration settings and metadata that specify settings like log files to monitor and where to send them.</summary>
public sealed record CloudWatchLogSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Specifies if CloudWatch logging is enabled.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The name of the CloudWatch log group where logs are published.</summary>
    public string? LogGroupName { get; init; }

    /// <summary>The prefix of the log stream name.</summary>
    public string? LogStreamNamePrefix { get; init; }

    /// <summary>The ARN of the encryption key used to encrypt the logs.</summary>
    public string? EncryptionKeyArn { get; init; }

    /// <summary>A map of log types to file names for publishing logs to the standard output or standard error streams for CloudWatch.</summary>
    public EquatableArray<StringListEntry> LogTypes { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<CloudWatchLogSpec> Shape = new ApiShape<CloudWatchLogSpec>("CloudWatchLogConfiguration", () => new CloudWatchLogSpec())
        .Member("Enabled", Codec.Bool, s => s.Enabled, (s, v) => s with { Enabled = v }, MemberLimits.Of(required: true))
        .Member("LogGroupName", Codec.String, s => s.LogGroupName, (s, v) => s with { LogGroupName = v }, MemberLimits.Of(maxLength: 10280))
        .Member("LogStreamNamePrefix", Codec.String, s => s.LogStreamNamePrefix, (s, v) => s with { LogStreamNamePrefix = v }, MemberLimits.Of(maxLength: 10280))
        .Member("EncryptionKeyArn", Codec.String, s => s.EncryptionKeyArn, (s, v) => s with { EncryptionKeyArn = v }, MemberLimits.Of(maxLength: 10280))
        .Member("LogTypes", Codec.ListMap, s => s.LogTypes, (s, v) => s with { LogTypes = v });
}
