using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Containers.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR053: a streaming job run without a retry policy ends for good the first time its driver fails, and the stream
/// stops. StartJobRun has no streaming mode, so streaming is recognised by what such jobs set: a Spark streaming
/// property (<c>spark.sql.streaming.*</c>, <c>spark.streaming.*</c>) or a streaming connector among the packages or
/// jars (Kafka, Kinesis). A streaming job that sets neither is not recognised.
/// </summary>
public sealed class EksStreamingWithoutRetryRule : EksRule
{
    private static readonly string[] StreamingPropertyPrefixes = { "spark.sql.streaming.", "spark.streaming." };

    private static readonly string[] StreamingConnectors = { "spark-sql-kafka", "spark-streaming-kafka", "spark-streaming-kinesis", "spark-sql-kinesis", "kinesis-asl" };

    public EksStreamingWithoutRetryRule()
        : base(RuleIds.EksStreamingWithoutRetry, "Streaming job run without retry policy", FindingSeverity.Warning, RuleCategory.Reliability)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(EksJobRunSpec jobRun, RuleContext context)
    {
        if (jobRun.RetryPolicyConfiguration?.MaxAttempts is not null || StreamingSign(EksSparkProperties.Of(jobRun)) is not { } sign)
        {
            yield break;
        }

        yield return Report(
            "retryPolicyConfiguration",
            $"The job run looks like a streaming job ({sign}) but has no retry policy, so the first driver failure ends the run and the stream stops until someone restarts it. Call .Retry(maxAttempts: 5) (retry policies need emr-6.9.0 or later).");
    }

    /// <summary>What marks the run as streaming, for the message; null when nothing does.</summary>
    private static string? StreamingSign(EksSparkProperties properties)
    {
        var property = properties.All.FirstOrDefault(p => StreamingPropertyPrefixes.Any(prefix => p.Key.StartsWith(prefix, StringComparison.Ordinal)));
        if (property.Key is not null)
        {
            return $"it sets {property.Key}";
        }

        foreach (var name in new[] { "spark.jars.packages", "spark.jars" })
        {
            if (properties.Find(name) is { } found && StreamingConnectors.FirstOrDefault(c => found.Value.IndexOf(c, StringComparison.OrdinalIgnoreCase) >= 0) is { } connector)
            {
                return $"{name} has the {connector} connector";
            }
        }

        return null;
    }
}
