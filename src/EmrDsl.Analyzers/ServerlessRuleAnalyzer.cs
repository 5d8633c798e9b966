using System;
using System.Collections.Generic;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Rules;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Analyzers;

/// <summary>
/// Runs the EMR Serverless rules (<see cref="ServerlessRuleSet"/>, EMR1xx) on every <c>[EmrServerless]</c> definition,
/// as <c>Validate()</c> does: an application against the application rules, a job run on its own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServerlessRuleAnalyzer() : DefinitionRuleAnalyzer(DefinitionKind.Serverless, ServerlessRuleSet.All)
{
    private protected override IEnumerable<Finding> Check(object definition, RuleContext context) => definition switch
    {
        ServerlessApplication application => ServerlessRuleSet.RunApplication(application.Spec, context),
        ServerlessJobRun jobRun => ServerlessRuleSet.RunJobRun(jobRun.Spec, application: null, context),
        _ => throw new ArgumentException($"'{definition.GetType().Name}' is not an EMR Serverless definition.", nameof(definition)),
    };
}
