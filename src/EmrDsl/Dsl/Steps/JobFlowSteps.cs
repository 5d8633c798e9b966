using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Emit;
using EmrDsl.Emit.StepFunctions;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// Steps added to a cluster that is already running (the AddJobFlowSteps request): what an Airflow
/// <c>EmrAddStepsOperator</c>, a Step Functions <c>addStep</c> task or <c>aws emr add-steps</c> submits to a
/// long-running cluster. Immutable: every method returns a new value, so one base list can be refined per job.
/// Mark a static member returning it with <see cref="EmrStepsAttribute"/> to have its request written at build time.
/// </summary>
public sealed class JobFlowSteps : IHoldsApiSpec
{
    private JobFlowSteps(AddJobFlowStepsSpec spec) => Spec = spec;

    /// <summary>The AddJobFlowSteps request these steps stand for.</summary>
    public AddJobFlowStepsSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>
    /// Steps for the running cluster <paramref name="clusterId"/>: its id (<c>j-2AXXXXXXGAPLF</c>) or a placeholder the
    /// deploying tool fills in (<c>{{ ti.xcom_pull('create_cluster') }}</c>, <c>$.ClusterId</c>, <c>${...}</c>).
    /// </summary>
    public static JobFlowSteps For(string clusterId) =>
        new(new AddJobFlowStepsSpec { JobFlowId = Require.ClusterId(clusterId, nameof(clusterId)) });

    /// <summary>Wraps an existing spec (for example one read from an AddJobFlowSteps payload).</summary>
    public static JobFlowSteps FromSpec(AddJobFlowStepsSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>Adds a step that runs after the steps added before it.</summary>
    public JobFlowSteps Step(StepDefinition step)
    {
        var spec = Require.Step(step, nameof(step));
        return With(s => s with { Steps = s.Steps.Add(spec) });
    }

    /// <summary>Adds steps in the order given.</summary>
    public JobFlowSteps Steps(params StepDefinition[] steps) =>
        Require.AtLeastOneStep(steps, nameof(steps)).Aggregate(this, (list, step) => list.Step(step));

    /// <summary>The runtime role the steps run as (<c>ExecutionRoleArn</c>), as <see cref="Cluster.StepExecutionRole"/> sets it for a cluster's own steps.</summary>
    public JobFlowSteps StepExecutionRole(string roleArn) =>
        With(s => s with { ExecutionRoleArn = Require.StepExecutionRoleArn(roleArn, nameof(roleArn)) });

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public JobFlowSteps With(Func<AddJobFlowStepsSpec, AddJobFlowStepsSpec> change) => new(change(Spec));

    /// <summary>The AddJobFlowSteps request JSON (boto3 <c>add_job_flow_steps(**payload)</c>): service-model member order, no nulls.</summary>
    public string ToAddJobFlowStepsJson() =>
        Spec.Steps.IsEmpty
            ? throw new InvalidOperationException($"The steps for cluster '{Spec.JobFlowId}' are empty: add them with .Step(...) or .Steps(...), since AddJobFlowSteps requires at least one.")
            : AddJobFlowStepsJson.Write(Spec);

    /// <summary>
    /// An Amazon States Language state machine that runs the steps one <c>addStep.sync</c> state each, against the cluster id
    /// in the execution input (<c>$.ClusterId</c> unless the steps were made for a path or <paramref name="options"/> say otherwise).
    /// </summary>
    public string ToStepFunctionsJson(StepFunctionsOptions? options = null) => StepsStateMachine.Write(Spec, options);

    /// <summary>Runs the EmrDsl rules that apply to steps on their own (EMR010, EMR011) with the given options.</summary>
    public IReadOnlyList<Finding> Validate(RuleContext? context = null) => RuleSet.Run(Spec, context);
}
