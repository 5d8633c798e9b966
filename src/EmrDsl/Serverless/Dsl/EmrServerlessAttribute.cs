using System;

namespace EmrDsl;

/// <summary>
/// Marks an EMR Serverless definition (a static property, field or parameterless static method returning
/// <see cref="Serverless.ServerlessApplication"/> or <see cref="Serverless.ServerlessJobRun"/>) for build-time
/// evaluation, like <see cref="EmrClusterAttribute"/>: the EmrDsl generator emits an application's CreateApplication
/// and Terraform payloads, or a job run's StartJobRun payload, into the assembly as for a cluster. The containing type
/// must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrServerlessAttribute : Attribute
{
    /// <summary>
    /// The file name stem for this definition's artifacts (for example <c>analytics</c> gives
    /// <c>analytics.createapplication.json</c>). Defaults to the application or job run name in lowercase, with every
    /// character other than letters, digits, '.', '-' and '_' replaced by '-' (the member name for an unnamed job run).
    /// </summary>
    public string? FileName { get; set; }

    /// <summary>
    /// Whether an application is also written as a CloudFormation template (<c>&lt;FileName&gt;.cfn.json</c> with an
    /// <c>AWS::EMRServerless::Application</c>, see docs/cloudformation.md). Left unset, the project decides
    /// (<c>&lt;EmrDslCloudFormation&gt;true&lt;/EmrDslCloudFormation&gt;</c>); <c>true</c> or <c>false</c> here wins either way.
    /// What the resource type cannot express is reported as EMRG013 at the call, and only the template is left out. A job
    /// run has none (it is not a resource; EMRG015 when asked).
    /// </summary>
    public bool CloudFormation { get; set; }

    /// <summary>
    /// Whether a job run is also written as a Step Functions state machine (<c>&lt;FileName&gt;.asl.json</c>, see
    /// docs/step-functions.md): one <c>startJobRun.sync</c> state against the application id in the execution input. An
    /// application has none (EMRG015 when asked). Left unset, the project decides
    /// (<c>&lt;EmrDslStepFunctions&gt;true&lt;/EmrDslStepFunctions&gt;</c>); <c>true</c> or <c>false</c> here wins either way.
    /// </summary>
    public bool StepFunctions { get; set; }

    /// <inheritdoc cref="EmrClusterAttribute.StateMachineOptions"/>
    public string? StateMachineOptions { get; set; }
}
