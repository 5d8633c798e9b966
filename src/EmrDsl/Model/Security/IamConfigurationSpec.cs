namespace EmrDsl.Model;

/// <summary>
/// The <c>AuthorizationConfiguration.IAMConfiguration</c> object: runtime roles, the IAM roles steps run as
/// (<c>StepExecutionRoleArn</c>, <c>ExecutionRoleArn</c>) instead of the instance profile. EMR Management Guide,
/// "Runtime roles for Amazon EMR steps" and "Enable Lake Formation with Amazon EMR" (its example document).
/// </summary>
public sealed record IamConfigurationSpec
{
    /// <summary><c>EnableApplicationScopedIAMRole</c>: EMR accepts steps with a runtime role only when this is true.</summary>
    public bool EnableApplicationScopedIamRole { get; init; }

    /// <summary>
    /// <c>ApplicationScopedIAMRoleConfiguration.PropagateSourceIdentity</c>: the runtime role's sessions carry the
    /// caller's source identity, so CloudTrail shows who ran the step. Null leaves the object out.
    /// </summary>
    public bool? PropagateSourceIdentity { get; init; }
}
