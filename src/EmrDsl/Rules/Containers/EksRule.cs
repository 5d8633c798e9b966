using System.Collections.Generic;
using EmrDsl.Containers.Model;

namespace EmrDsl.Rules;

/// <summary>One check over an EMR on EKS job run (the emr-containers StartJobRun request; paths in its JSON terms).</summary>
public abstract class EksRule : Rule
{
    protected EksRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
        : base(id, title, defaultSeverity, category)
    {
    }

    public abstract IEnumerable<Finding> CheckJobRun(EksJobRunSpec jobRun, RuleContext context);
}
