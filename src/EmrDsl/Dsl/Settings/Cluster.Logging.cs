using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Where the cluster writes its logs.</summary>
public sealed partial class Cluster
{
    /// <summary>The S3 location for cluster logs (<c>LogUri</c>), e.g. <c>"s3://my-emr-logs/"</c>.</summary>
    public Cluster LogUri(string uri) =>
        With(s => s with { LogUri = Require.S3Uri(uri, nameof(uri), "The log URI") });

    /// <summary>The KMS key (id or ARN) that encrypts the logs written to <c>LogUri</c> (EMR 5.30.0 and later).</summary>
    public Cluster LogEncryptionKmsKey(string keyId) =>
        With(s => s with { LogEncryptionKmsKeyId = Require.NonEmpty(keyId, nameof(keyId), "A KMS key id") });

    /// <summary>Sends cluster logs to CloudWatch Logs (<c>MonitoringConfiguration.CloudWatchLogConfiguration</c>).</summary>
    public Cluster CloudWatchLogs(string? logGroupName = null, string? logStreamNamePrefix = null, string? encryptionKeyArn = null) =>
        With(s => s with
        {
            MonitoringConfiguration = (s.MonitoringConfiguration ?? new MonitoringSpec()) with
            {
                CloudWatchLogConfiguration = new CloudWatchLogSpec
                {
                    Enabled = true,
                    LogGroupName = Optional(logGroupName, nameof(logGroupName), "A log group name"),
                    LogStreamNamePrefix = Optional(logStreamNamePrefix, nameof(logStreamNamePrefix), "A log stream name prefix"),
                    EncryptionKeyArn = Optional(encryptionKeyArn, nameof(encryptionKeyArn), "An encryption key ARN"),
                },
            },
        });

    /// <summary>An optional string: absent stays absent, present must not be blank.</summary>
    private static string? Optional(string? value, string parameter, string what) =>
        value is null ? null : Require.NonEmpty(value, parameter, what);
}
