namespace EmrDsl;

/// <summary>
/// The log types EMR can publish to CloudWatch Logs (<c>CloudWatchLogConfiguration.LogTypes</c>, RunJobFlow), for
/// <see cref="Cluster.PublishToCloudWatch"/>. A type newer than this EmrDsl version can be passed as a string.
/// </summary>
public static class CloudWatchLogTypes
{
    /// <summary>The output of each step.</summary>
    public const string StepLogs = "STEP_LOGS";

    /// <summary>The Spark driver's output.</summary>
    public const string SparkDriver = "SPARK_DRIVER";

    /// <summary>The Spark executors' output.</summary>
    public const string SparkExecutor = "SPARK_EXECUTOR";
}
