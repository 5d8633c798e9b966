using System.Collections.Generic;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>EMR106: a streaming run without a retry policy relies on defaults for how often it restarts after failures.</summary>
public sealed class StreamingWithoutRetryRule : ServerlessRule
{
    public StreamingWithoutRetryRule()
        : base(RuleIds.StreamingWithoutRetry, "Streaming job run without retry policy", FindingSeverity.Warning, RuleCategory.Reliability)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(ServerlessJobRunSpec jobRun, ServerlessApplicationSpec? application, RuleContext context)
    {
        if (jobRun.Mode == JobRunMode.Streaming && jobRun.RetryPolicy?.MaxFailedAttemptsPerHour is null)
        {
            yield return Report("retryPolicy", "The streaming job run has no retry policy limiting failed attempts per hour, so a crash-looping stream is restarted on the service's defaults. Set .Retry(maxFailedAttemptsPerHour: 5).");
        }
    }
}
