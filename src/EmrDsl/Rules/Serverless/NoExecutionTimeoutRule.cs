using System.Collections.Generic;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>EMR105: a batch run without an execution timeout can run (and bill) for the API's default of 12 hours.</summary>
public sealed class NoExecutionTimeoutRule : ServerlessRule
{
    public NoExecutionTimeoutRule()
        : base(RuleIds.NoExecutionTimeout, "Job run without execution timeout", FindingSeverity.Info, RuleCategory.Cost)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(ServerlessJobRunSpec jobRun, ServerlessApplicationSpec? application, RuleContext context)
    {
        // Streaming runs are meant to run indefinitely.
        if (jobRun.Mode != JobRunMode.Streaming && jobRun.ExecutionTimeoutMinutes is null)
        {
            yield return Report("executionTimeoutMinutes", "The job run has no execution timeout, so a stuck run bills for up to 12 hours (the API's default). Set .ExecutionTimeout(...) a little above the run's usual duration.");
        }
    }
}
