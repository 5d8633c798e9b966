using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>The EMR Serverless rules (ids EMR1xx), run together in id order so output is deterministic.</summary>
public static class ServerlessRuleSet
{
    public static IReadOnlyList<ServerlessRule> All { get; } = new ServerlessRule[]
    {
        new NoMaximumCapacityRule(),
        new InitialAboveMaximumCapacityRule(),
        new SparkSizingRule(),
        new AutoStopRule(),
        new NoExecutionTimeoutRule(),
        new StreamingWithoutRetryRule(),
        new LogsNotPersistedRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<Finding> RunApplication(ServerlessApplicationSpec application, RuleContext? context = null)
    {
        var spec = application ?? throw new ArgumentNullException(nameof(application));
        return All.SelectMany(rule => rule.CheckApplication(spec, context ?? RuleContext.Default)).ToArray();
    }

    public static IReadOnlyList<Finding> RunJobRun(ServerlessJobRunSpec jobRun, ServerlessApplicationSpec? application = null, RuleContext? context = null)
    {
        var spec = jobRun ?? throw new ArgumentNullException(nameof(jobRun));
        return All.SelectMany(rule => rule.CheckJobRun(spec, application, context ?? RuleContext.Default)).ToArray();
    }
}
