using System;
using EmrDsl.Emit.Terraform;

namespace EmrDsl;

/// <summary>
/// Marks a cluster definition (a static property, field or parameterless static method returning
/// <see cref="Cluster"/>) for build-time evaluation: the EmrDsl generator evaluates it without running the
/// program and compiles its payloads into the assembly beside it, where the build writes them as files and
/// <c>emrdsl export</c> reads them: a private constant shared by the definitions of one generated file, or, with <c>&lt;EmrDslArtifactConstants&gt;true&lt;/EmrDslArtifactConstants&gt;</c>,
/// a nested <c>{Member}Artifacts</c> class of typed constants code can read. The containing type must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrClusterAttribute : Attribute
{
    /// <summary>
    /// The file name stem for this definition's artifacts (for example <c>nightly-etl</c> gives
    /// <c>nightly-etl.runjobflow.json</c>). Defaults to the cluster name in lowercase, with every character
    /// other than letters, digits, '.', '-' and '_' replaced by '-'.
    /// </summary>
    public string? FileName { get; set; }

    /// <summary>
    /// The cluster id written into the definition's AddJobFlowSteps artifact, usually a placeholder the deploying
    /// tool fills in: an Airflow template (<c>{{ ti.xcom_pull('create_cluster') }}</c>), a Step Functions path
    /// (<c>$.ClusterId</c>) or a Terraform reference. Defaults to <see cref="DefaultJobFlowId"/>.
    /// </summary>
    public string? JobFlowId { get; set; }

    /// <summary>
    /// Terraform drift to ignore beyond what the definition decides (<see cref="TerraformOptions.IgnoreChanges"/>):
    /// <see cref="TerraformDrift.Steps"/> when steps are managed elsewhere for a cluster that is not kept alive.
    /// </summary>
    public TerraformDrift TerraformIgnoreChanges { get; set; }

    /// <summary>Terraform drift to keep in plans although the definition would ignore it (<see cref="TerraformOptions.TrackChanges"/>).</summary>
    public TerraformDrift TerraformTrackChanges { get; set; }

    /// <summary>Writes <c>terraform { required_providers }</c> with the provider version EmrDsl's schema is from.</summary>
    public bool TerraformRequiredProviders { get; set; }

    /// <summary>
    /// Settings the Terraform AWS provider cannot express that this definition's Terraform may leave out (each one left
    /// out is reported as EMRG011 and named in the document); without it they stop the Terraform artifact (EMRG009).
    /// </summary>
    public TerraformOmissions TerraformLeaveOut { get; set; }

    /// <summary>
    /// Whether the cluster is also written as a Step Functions state machine (<c>&lt;FileName&gt;.asl.json</c>, see
    /// docs/step-functions.md): create, one state per step, terminate, terminate on failure. Left unset, the project decides
    /// (<c>&lt;EmrDslStepFunctions&gt;true&lt;/EmrDslStepFunctions&gt;</c>); <c>true</c> or <c>false</c> here wins either way.
    /// What the state machine could not run is reported as EMRG012 at the call, a cluster that cannot be one (kept alive)
    /// as EMRG015, and only the state machine is left out.
    /// </summary>
    public bool StepFunctions { get; set; }

    /// <summary>
    /// The name of a static property, field or parameterless method of the same type returning
    /// <see cref="EmrDsl.Emit.StepFunctions.StepFunctionsOptions"/> (write <c>nameof(...)</c>): the state machine is written
    /// with those options (retries, timeouts, state names, input paths), evaluated at build time like the definition.
    /// Unset, the defaults of docs/step-functions.md apply. A member that cannot be used is EMRG015 at this argument.
    /// </summary>
    public string? StateMachineOptions { get; set; }

    /// <summary>
    /// Whether the cluster is also written as a CloudFormation template (<c>&lt;FileName&gt;.cfn.json</c>, see
    /// docs/cloudformation.md): <c>AWS::EMR::Cluster</c>, task capacity resources, the authored security configuration,
    /// secrets as <c>NoEcho</c> parameters. Left unset, the project decides (<c>&lt;EmrDslCloudFormation&gt;true&lt;/EmrDslCloudFormation&gt;</c>);
    /// <c>true</c> or <c>false</c> here wins either way. What CloudFormation cannot express is reported as EMRG013 at the
    /// call, and only the template is left out.
    /// </summary>
    public bool CloudFormation { get; set; }

    /// <summary>The placeholder used when <see cref="JobFlowId"/> is not set.</summary>
    public const string DefaultJobFlowId = "{{ cluster_id }}";
}
