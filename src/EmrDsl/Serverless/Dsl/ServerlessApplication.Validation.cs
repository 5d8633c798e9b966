using System.Collections.Generic;
using EmrDsl.Rules;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessApplication
{
    /// <summary>Runs the EMR Serverless rules over this application.</summary>
    public IReadOnlyList<Finding> Validate(RuleContext? context = null) => ServerlessRuleSet.RunApplication(Spec, context);
}
