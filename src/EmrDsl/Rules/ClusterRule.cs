using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// One check over a cluster definition: plain data in, findings out. The same rule runs in
/// <c>Cluster.Validate()</c>, the Roslyn analyzers and <c>emrdsl lint</c>.
/// </summary>
public abstract class ClusterRule : Rule
{
    protected ClusterRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
        : base(id, title, defaultSeverity, category)
    {
    }

    /// <summary>The findings for <paramref name="spec"/>, in a deterministic order.</summary>
    public abstract IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context);
}
