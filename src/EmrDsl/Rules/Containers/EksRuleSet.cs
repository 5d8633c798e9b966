using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Containers.Model;

namespace EmrDsl.Rules;

/// <summary>The EMR on EKS rules (EMR05x, EMR011 on the job's arguments and configuration, EMR016 on its password properties), run in id order so output is deterministic.</summary>
public static class EksRuleSet
{
    public static IReadOnlyList<EksRule> All { get; } = new EksRule[]
    {
        new EksHardCodedCredentialRule(),
        new EksLiteralSecretRule(),
        new EksReleaseLabelRule(),
        new PodLogsNotPersistedRule(),
        new SparkPodSizingRule(),
        new EksStreamingWithoutRetryRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<Finding> RunJobRun(EksJobRunSpec jobRun, RuleContext? context = null)
    {
        var spec = jobRun ?? throw new ArgumentNullException(nameof(jobRun));
        return All.SelectMany(rule => rule.CheckJobRun(spec, context ?? RuleContext.Default)).ToArray();
    }
}
