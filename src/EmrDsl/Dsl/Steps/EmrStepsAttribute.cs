using System;

namespace EmrDsl;

/// <summary>
/// Marks steps for a running cluster (a static property, field or parameterless static method returning
/// <see cref="JobFlowSteps"/>) for build-time evaluation, like <see cref="EmrClusterAttribute"/>: the EmrDsl generator
/// emits their AddJobFlowSteps request into the assembly as for a cluster. The containing type must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrStepsAttribute : Attribute
{
    /// <summary>
    /// The file name stem for the request (for example <c>backfill</c> gives <c>backfill.addjobflowsteps.json</c>).
    /// Defaults to the member name in lowercase, with every character other than letters, digits, '.', '-' and '_'
    /// replaced by '-'.
    /// </summary>
    public string? FileName { get; set; }

    /// <summary>
    /// Whether the steps are also written as a Step Functions state machine (<c>&lt;FileName&gt;.asl.json</c>, see
    /// docs/step-functions.md): one <c>addStep.sync</c> state per step against the cluster id in the execution input. Left unset, the project decides
    /// (<c>&lt;EmrDslStepFunctions&gt;true&lt;/EmrDslStepFunctions&gt;</c>); <c>true</c> or <c>false</c> here wins either way.
    /// </summary>
    public bool StepFunctions { get; set; }

    /// <inheritdoc cref="EmrClusterAttribute.StateMachineOptions"/>
    public string? StateMachineOptions { get; set; }
}
