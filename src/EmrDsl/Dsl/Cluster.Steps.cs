using System;
using System.Linq;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>Adds a step that runs once the cluster is up, after the steps added before it.</summary>
    public Cluster Step(StepDefinition step)
    {
        var spec = Require.Step(step, nameof(step));
        return With(s => s with { Steps = s.Steps.Add(spec) });
    }

    /// <summary>Adds steps in the order given.</summary>
    public Cluster Steps(params StepDefinition[] steps) =>
        Require.AtLeastOneStep(steps, nameof(steps)).Aggregate(this, (cluster, step) => cluster.Step(step));

    /// <summary>The runtime role the steps run as (<c>StepExecutionRoleArn</c> here, <c>ExecutionRoleArn</c> in AddJobFlowSteps).</summary>
    public Cluster StepExecutionRole(string roleArn) =>
        With(s => s with { StepExecutionRoleArn = Require.StepExecutionRoleArn(roleArn, nameof(roleArn)) });

    /// <summary>
    /// The AddJobFlowSteps request that adds this definition's steps (and step execution role) to the running
    /// cluster <paramref name="clusterId"/>: members in the service model's order, no nulls, invariant formatting.
    /// </summary>
    public string ToAddJobFlowStepsJson(string clusterId)
    {
        var request = JobFlowSteps.For(clusterId).With(s => s with { Steps = Spec.Steps, ExecutionRoleArn = Spec.StepExecutionRoleArn });
        return Spec.Steps.IsEmpty
            ? throw new InvalidOperationException($"The cluster '{Spec.Name}' has no steps to add: add them with .Step(...) or .Steps(...) first.")
            : request.ToAddJobFlowStepsJson();
    }
}
