using System.Collections.Generic;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>Turns an AddJobFlowSteps request into a verified fluent <see cref="JobFlowSteps"/> definition, each step as the most specific <c>Step.*</c>.</summary>
internal static class StepsImporter
{
    public static readonly DefinitionType<JobFlowSteps, AddJobFlowStepsSpec> Type =
        new("JobFlowSteps", AddJobFlowStepsSpec.Shape, s => s.Spec, (s, change) => s.With(change), JobFlowSteps.FromSpec);

    public static Chain Import(AddJobFlowStepsSpec target)
    {
        var head = target.JobFlowId is { } clusterId
            ? new Head<JobFlowSteps>($"JobFlowSteps.For({S(clusterId).Text})", () => JobFlowSteps.For(clusterId), "JobFlowId")
            : null;
        return VerifiedImport.Import(Type, target, head, Statements(target));
    }

    private static IEnumerable<Statement<JobFlowSteps, AddJobFlowStepsSpec>> Statements(AddJobFlowStepsSpec t)
    {
        foreach (var step in t.Steps)
        {
            yield return Statement.Append<JobFlowSteps, AddJobFlowStepsSpec, StepSpec>(
                "Steps", step, s => s.Steps, (s, v) => s with { Steps = v }, StepCode.Candidates<JobFlowSteps>(step, (steps, added) => steps.Step(added)));
        }

        if (t.ExecutionRoleArn is { } role)
        {
            yield return Statement.Members(AddJobFlowStepsSpec.Shape, t, One<JobFlowSteps>("StepExecutionRole", s => s.StepExecutionRole(role), S(role)), "ExecutionRoleArn");
        }
    }
}
