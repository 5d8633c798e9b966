namespace EmrDsl;

/// <summary>The files of a log type EMR can publish to CloudWatch Logs, for <see cref="Cluster.PublishToCloudWatch"/>.</summary>
public static class CloudWatchLogFiles
{
    /// <summary>Standard output.</summary>
    public const string Stdout = "STDOUT";

    /// <summary>Standard error.</summary>
    public const string Stderr = "STDERR";
}
