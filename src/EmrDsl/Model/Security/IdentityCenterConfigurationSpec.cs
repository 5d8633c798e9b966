namespace EmrDsl.Model;

/// <summary>
/// The <c>AuthenticationConfiguration.IdentityCenterConfiguration</c> object: trusted identity propagation from IAM
/// Identity Center. Member names as the EMR Management Guide writes them ("User background sessions", the
/// <c>create-security-configuration</c> example), including its spelling <c>IdentityCenterApplicationAssigmentRequired</c>;
/// no service model or schema types this document, so the names rest on that page alone.
/// </summary>
public sealed record IdentityCenterConfigurationSpec
{
    /// <summary><c>EnableIdentityCenter</c>.</summary>
    public bool EnableIdentityCenter { get; init; }

    /// <summary><c>IdentityCenterInstanceARN</c>: arn:aws:sso:::instance/ssoins-...</summary>
    public string? IdentityCenterInstanceArn { get; init; }

    /// <summary><c>IdentityCenterApplicationAssigmentRequired</c> (sic): only users assigned to EMR's Identity Center application may sign in.</summary>
    public bool? ApplicationAssignmentRequired { get; init; }

    /// <summary><c>EnableUserBackgroundSession</c> (EMR 7.11 and later): Livy sessions outlive the user's sign-out.</summary>
    public bool? EnableUserBackgroundSession { get; init; }

    /// <summary><c>IAMRoleForEMRIdentityCenterApplicationARN</c>: the role EMR authenticates with Identity Center as.</summary>
    public string? IamRoleForEmrIdentityCenterApplicationArn { get; init; }
}
