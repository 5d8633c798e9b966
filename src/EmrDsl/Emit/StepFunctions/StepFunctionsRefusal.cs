using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>
/// A definition the state machine could not run as written (EMR030, EMR031): <see cref="Findings"/> say where and how
/// to fix it. Thrown instead of writing a state machine that fails at run time.
/// </summary>
public sealed class StepFunctionsRefusedException : InvalidOperationException
{
    public StepFunctionsRefusedException(IReadOnlyList<Finding> findings)
        : base("The state machine is not written:\n" + string.Join("\n", findings.Select(f => "  " + f)))
    {
        Findings = findings;
    }

    public IReadOnlyList<Finding> Findings { get; }
}

internal static class StepFunctionsRefusal
{
    private static readonly RuleContext StepFunctions = new() { StepFunctions = true };

    public static void ThrowIfRefused(ClusterSpec spec)
    {
        var findings = RuleSet.All.Where(rule => rule is IStepFunctionsRule)
            .SelectMany(rule => rule.Check(spec, StepFunctions))
            .Where(finding => finding.Severity == FindingSeverity.Error)
            .ToArray();
        if (findings.Length > 0)
        {
            throw new StepFunctionsRefusedException(findings);
        }
    }
}
