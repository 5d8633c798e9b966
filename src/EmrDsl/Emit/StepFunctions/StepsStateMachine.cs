using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>
/// Steps for a running cluster as a state machine: one <c>addStep.sync</c> state per step, in order, against the cluster
/// id read from the execution input. The cluster is not this state machine's, so a failure fails the execution and
/// leaves the cluster as its ActionOnFailure says.
/// </summary>
public static class StepsStateMachine
{
    public const string DefaultClusterIdPath = "$.ClusterId";

    internal static JsonObject ToJson(AddJobFlowStepsSpec spec, StepFunctionsOptions? options = null)
    {
        var o = (options ?? StepFunctionsOptions.Default).Checked();
        if (spec.Steps.IsEmpty)
        {
            throw new InvalidOperationException($"The steps for cluster '{spec.JobFlowId}' are empty: add them with .Step(...) or .Steps(...), since a state machine needs at least one state.");
        }

        var clusterId = o.ClusterIdPath ?? (StepFunctionsOptions.IsInputPath(spec.JobFlowId) ? spec.JobFlowId! : DefaultClusterIdPath);
        var names = new StateNames();
        var stepNames = new List<string>();
        for (var i = 0; i < spec.Steps.Count; i++)
        {
            stepNames.Add(names.ForStep(spec.Steps[i].Name, i));
        }

        var states = new List<KeyValuePair<string, JsonObject>>();
        for (var i = 0; i < spec.Steps.Count; i++)
        {
            var next = i + 1 < stepNames.Count ? stepNames[i + 1] : null;
            states.Add(new(stepNames[i], AddStepState.Create(spec.Steps[i], clusterId, spec.ExecutionRoleArn, o, next, onFailure: null)));
        }

        return TaskStates.Machine(o.Comment, stepNames[0], states);
    }

    public static string Write(AddJobFlowStepsSpec spec, StepFunctionsOptions? options = null) => JsonText.Write(ToJson(spec, options));
}
