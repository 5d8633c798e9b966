using System.Collections.Generic;
using EmrDsl.Rules;

namespace EmrDsl.Containers;

public sealed partial class EksJobRun
{
    /// <summary>Runs the EMR on EKS rules over this run; give the namespace's node size in <paramref name="context"/> (<see cref="RuleContext.EksNodeSize"/>) to check the Spark pods fit.</summary>
    public IReadOnlyList<Finding> Validate(RuleContext? context = null) => EksRuleSet.RunJobRun(Spec, context);
}
