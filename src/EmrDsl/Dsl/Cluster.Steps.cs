using System;
using System.Linq;
using EmrDsl.Emit;
using EmrDsl.Model;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>Adds a step that runs once the cluster is up, after the steps added before it.</summary>
    public Cluster Step(StepDefinition step)
    {
        var spec = (step ?? throw new ArgumentNullException(nameof(step), "Pass a step, for example Step.SparkSubmit(\"Daily ETL\", \"s3://my-bucket/jobs/etl.py\").")).ToSpec();
        return With(s => s with { Steps = s.Steps.Add(spec) });
    }

    /// <summary>Adds steps in the order given.</summary>
    public Cluster Steps(params StepDefinition[] steps)
    {
        if (steps is null || steps.Length == 0)
        {
            throw new ArgumentException("No steps given: pass at least one, for example Step.Hive(\"Load\", \"s3://my-bucket/load.q\").", nameof(steps));
        }

        return steps.Aggregate(this, (cluster, step) => cluster.Step(step));
    }

    /// <summary>The runtime role the steps run as (<c>StepExecutionRoleArn</c> here, <c>ExecutionRoleArn</c> in AddJobFlowSteps).</summary>
    public Cluster StepExecutionRole(string roleArn) =>
        With(s => s with { StepExecutionRoleArn = Require.IamRoleArn(roleArn, nameof(roleArn), "The step execution role ARN") });

    /// <summary>
    /// The AddJobFlowSteps request that adds this definition's steps (and step execution role) to the running
    /// cluster <paramref name="clusterId"/>: members in the service model's order, no nulls, invariant formatting.
    /// </summary>
    public string ToAddJobFlowStepsJson(string clusterId)
    {
        Require.ClusterId(clusterId, nameof(clusterId));
        if (Spec.Steps.IsEmpty)
        {
            throw new InvalidOperationException($"The cluster '{Spec.Name}' has no steps to add: add them with .Step(...) or .Steps(...) first.");
        }

        return AddJobFlowStepsJson.Write(new AddJobFlowStepsSpec
        {
            JobFlowId = clusterId,
            Steps = Spec.Steps,
            ExecutionRoleArn = Spec.StepExecutionRoleArn,
        });
    }
}
