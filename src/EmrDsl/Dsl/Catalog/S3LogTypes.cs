namespace EmrDsl;

/// <summary>
/// The log types whose upload to S3 can be chosen (<c>MonitoringConfiguration.S3LoggingConfiguration.LogTypeUploadPolicy</c>,
/// RunJobFlow), for <see cref="Cluster.S3LogUpload"/>. A type newer than this EmrDsl version can be passed as a string.
/// </summary>
public static class S3LogTypes
{
    /// <summary>EMR's daemon logs.</summary>
    public const string SystemLogs = "system-logs";

    /// <summary>Framework logs of Hadoop, Spark, Hive and the other applications on the cluster.</summary>
    public const string ApplicationLogs = "application-logs";

    /// <summary>The logs persistent application UIs need (Spark History Server, Tez UI).</summary>
    public const string PersistentUiLogs = "persistent-ui-logs";
}
