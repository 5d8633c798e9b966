using System;
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

    /// <summary>
    /// Sends cluster logs to CloudWatch Logs (<c>MonitoringConfiguration.CloudWatchLogConfiguration</c>). Calling it again
    /// replaces the names and key; the log types chosen with <see cref="PublishToCloudWatch"/> are kept.
    /// </summary>
    public Cluster CloudWatchLogs(string? logGroupName = null, string? logStreamNamePrefix = null, string? encryptionKeyArn = null) =>
        WithCloudWatchLogs(current => current with
        {
            LogGroupName = Require.NonEmptyIfGiven(logGroupName, nameof(logGroupName), "A log group name"),
            LogStreamNamePrefix = Require.NonEmptyIfGiven(logStreamNamePrefix, nameof(logStreamNamePrefix), "A log stream name prefix"),
            EncryptionKeyArn = Require.NonEmptyIfGiven(encryptionKeyArn, nameof(encryptionKeyArn), "An encryption key ARN"),
        });

    /// <summary>
    /// Publishes these files of one log type to CloudWatch Logs (<c>CloudWatchLogConfiguration.LogTypes</c>), turning
    /// CloudWatch logging on if it is not yet: <c>.PublishToCloudWatch(CloudWatchLogTypes.StepLogs, CloudWatchLogFiles.Stdout, CloudWatchLogFiles.Stderr)</c>.
    /// Call it once per log type; calling it again for a type replaces that type's files.
    /// </summary>
    public Cluster PublishToCloudWatch(string logType, params string[] files)
    {
        var type = Require.NonEmpty(logType, nameof(logType), "A CloudWatch log type");
        var entry = new StringListEntry(type, Require.NonEmptyItems(files, nameof(files), "The log files to publish"));
        return WithCloudWatchLogs(current => current with { LogTypes = Upsert(current.LogTypes, entry, e => e.Key == type) });
    }

    /// <summary>
    /// Where EMR uploads one type of log (<c>S3LoggingConfiguration.LogTypeUploadPolicy</c>):
    /// <c>.S3LogUpload(S3LogTypes.ApplicationLogs, S3LogUploadPolicies.OnCustomerS3Only)</c>. Calling it again for a type
    /// replaces its policy. <see cref="S3LogUploadPolicies.OnCustomerS3Only"/> needs a <see cref="LogUri"/> (EMR010 reports it missing).
    /// </summary>
    public Cluster S3LogUpload(string logType, string policy)
    {
        var type = Require.NonEmpty(logType, nameof(logType), "A log type");
        var chosen = Require.NonEmpty(policy, nameof(policy), "An upload policy");
        if (type == S3LogTypes.PersistentUiLogs && chosen == S3LogUploadPolicies.OnCustomerS3Only)
        {
            throw new ArgumentException(S3LogUploadPolicies.PersistentUiLogsNotBucketOnly, nameof(policy));
        }

        var entry = new MapEntry(type, chosen);
        return WithMonitoring(m => m with
        {
            S3LoggingConfiguration = new S3LoggingSpec
            {
                LogTypeUploadPolicy = Upsert(m.S3LoggingConfiguration?.LogTypeUploadPolicy ?? default, entry, e => e.Key == type),
            },
        });
    }

    private Cluster WithCloudWatchLogs(Func<CloudWatchLogSpec, CloudWatchLogSpec> change) =>
        WithMonitoring(m => m with { CloudWatchLogConfiguration = change((m.CloudWatchLogConfiguration ?? new CloudWatchLogSpec()) with { Enabled = true }) });

    private Cluster WithMonitoring(Func<MonitoringSpec, MonitoringSpec> change) =>
        With(s => s with { MonitoringConfiguration = change(s.MonitoringConfiguration ?? new MonitoringSpec()) });
}
