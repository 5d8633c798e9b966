using System.Collections.Generic;
using EmrDsl.Rules;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessJobRun
{
    /// <summary>Runs the EMR Serverless rules over this run; pass the application it runs on to check the run against it.</summary>
    public IReadOnlyList<Finding> Validate(ServerlessApplication? application = null, RuleContext? context = null) =>
        ServerlessRuleSet.RunJobRun(Spec, application?.Spec, context);
}
