using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>
/// One step as an <c>addStep.sync</c> state: the integration takes <c>ClusterId</c> and a single <c>Step</c> (a StepConfig)
/// where AddJobFlowSteps takes <c>JobFlowId</c> and <c>Steps</c>, and waits until the step ends.
/// </summary>
internal static class AddStepState
{
    /// <summary>
    /// A step whose ActionOnFailure is CONTINUE goes on to <paramref name="next"/> when it fails, as it would on the cluster;
    /// any other failure takes <paramref name="onFailure"/>.
    /// </summary>
    public static JsonObject Create(StepSpec step, string clusterIdPath, string? executionRoleArn, StepFunctionsOptions options, string? next, JsonArray? onFailure)
    {
        var parameters = new JsonObject()
            .FromInput("ClusterId", clusterIdPath)
            .Add("Step", StepSpec.Shape.Write(step))
            .Add("ExecutionRoleArn", executionRoleArn is null ? null : new JsonString(executionRoleArn));
        var @catch = step.ActionOnFailure == ActionOnFailure.Continue && next is not null
            ? TaskStates.Catch(next, options.ErrorResultPath)
            : onFailure;
        return TaskStates.Task(
            TaskStates.Resource(ClusterStateMachine.Service, "addStep.sync"),
            parameters,
            resultPath: null,
            discardResult: true,
            options.StepTimeoutSeconds,
            TaskStates.Retry(options.StepRetries, options.RetryIntervalSeconds, options.RetryBackoffRate),
            @catch,
            next);
    }
}
