using System.Collections.Generic;
using System.Linq;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>
/// One check over EMR Serverless definitions. A rule looks at applications (paths in CreateApplication terms),
/// at job runs (paths in StartJobRun terms, with the application when the caller has it), or both.
/// </summary>
public abstract class ServerlessRule : Rule
{
    protected ServerlessRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
        : base(id, title, defaultSeverity, category)
    {
    }

    public virtual IEnumerable<Finding> CheckApplication(ServerlessApplicationSpec application, RuleContext context) => Enumerable.Empty<Finding>();

    public virtual IEnumerable<Finding> CheckJobRun(ServerlessJobRunSpec jobRun, ServerlessApplicationSpec? application, RuleContext context) => Enumerable.Empty<Finding>();
}
