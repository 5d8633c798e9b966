using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>
/// A transient cluster as a state machine: <c>createCluster.sync</c> with the RunJobFlow request minus its steps, one
/// <c>addStep.sync</c> state per step, then <c>terminateCluster.sync</c>. Every state after the create catches any error,
/// terminates the cluster and fails, so a failed run never leaves a cluster billing.
/// </summary>
public static class ClusterStateMachine
{
    public const string Service = "elasticmapreduce";
    public const string FailedError = "EmrDsl.ClusterRunFailed";

    internal static JsonObject ToJson(ClusterSpec spec, StepFunctionsOptions? options = null)
    {
        var o = (options ?? StepFunctionsOptions.Default).Checked();
        StepFunctionsRefusal.ThrowIfRefused(spec);
        if (spec.Instances?.KeepJobFlowAliveWhenNoSteps == true)
        {
            throw new InvalidOperationException($"The cluster '{spec.Name}' is kept alive (KeepAlive()), but its state machine terminates it after the last step. Call .TerminateAfterSteps() for a cluster the state machine owns, or keep the cluster running and write a state machine for its steps: JobFlowSteps.For(\"$.ClusterId\").Steps(...).ToStepFunctionsJson().");
        }

        var names = new StateNames(o.CreateClusterStateName, o.TerminateClusterStateName, o.TerminateAfterFailureStateName, o.FailStateName);
        var stepNames = new List<string>();
        for (var i = 0; i < spec.Steps.Count; i++)
        {
            stepNames.Add(names.ForStep(spec.Steps[i].Name, i));
        }

        var clusterId = o.ClusterResultPath + ".ClusterId";
        var onFailure = TaskStates.Catch(o.TerminateAfterFailureStateName, o.ErrorResultPath);
        var states = new List<KeyValuePair<string, JsonObject>>
        {
            new(o.CreateClusterStateName, TaskStates.Task(
                TaskStates.Resource(Service, "createCluster.sync"),
                CreateClusterParameters(spec),
                o.ClusterResultPath,
                discardResult: false,
                o.CreateClusterTimeoutSeconds,
                retry: null,
                @catch: null,
                stepNames.Count > 0 ? stepNames[0] : o.TerminateClusterStateName)),
        };

        for (var i = 0; i < spec.Steps.Count; i++)
        {
            var next = i + 1 < stepNames.Count ? stepNames[i + 1] : o.TerminateClusterStateName;
            states.Add(new(stepNames[i], AddStepState.Create(spec.Steps[i], clusterId, spec.StepExecutionRoleArn, o, next, onFailure)));
        }

        states.Add(new(o.TerminateClusterStateName, Terminate(clusterId, onFailure, next: null)));
        states.Add(new(o.TerminateAfterFailureStateName, Terminate(clusterId, TaskStates.Catch(o.FailStateName, o.ErrorResultPath), o.FailStateName)));
        states.Add(new(o.FailStateName, TaskStates.Fail(FailedError, $"A state of the cluster '{spec.Name}' failed; the cluster was terminated. The error is at {o.ErrorResultPath} in the execution history.")));
        return TaskStates.Machine(o.Comment, o.CreateClusterStateName, states);
    }

    public static string Write(ClusterSpec spec, StepFunctionsOptions? options = null) => JsonText.Write(ToJson(spec, options));

    /// <summary>
    /// The RunJobFlow request as createCluster takes it: no Steps (the integration does not accept them; each is its
    /// own state) and KeepJobFlowAliveWhenNoSteps true (required, so .sync can wait for the WAITING cluster).
    /// </summary>
    private static JsonObject CreateClusterParameters(ClusterSpec spec)
    {
        var waiting = spec with
        {
            Steps = default,
            Instances = (spec.Instances ?? new InstancesSpec()) with { KeepJobFlowAliveWhenNoSteps = true },
        };
        return StatePathSecrets.Parameters(RunJobFlowJson.ToJson(waiting), SecretValue.In(waiting));
    }

    /// <summary>terminateCluster.sync retried on any error: a cluster left running is the failure this state machine exists to avoid.</summary>
    private static JsonObject Terminate(string clusterId, JsonArray onFailure, string? next) =>
        TaskStates.Task(
            TaskStates.Resource(Service, "terminateCluster.sync"),
            new JsonObject().FromInput("ClusterId", clusterId),
            resultPath: null,
            discardResult: true,
            timeoutSeconds: null,
            TaskStates.Retry(3, 30, 2.0),
            onFailure,
            next);
}
