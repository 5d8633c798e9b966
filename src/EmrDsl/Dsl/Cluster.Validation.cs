using System.Collections.Generic;
using EmrDsl.Rules;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>Runs every EmrDsl rule (EMR001...) over this definition with default options.</summary>
    public IReadOnlyList<Finding> Validate() => RuleSet.Run(Spec);

    /// <summary>Runs every EmrDsl rule with the given options and inputs (log URI suggestion, security configuration, ...).</summary>
    public IReadOnlyList<Finding> Validate(RuleContext context) => RuleSet.Run(Spec, context);
}
