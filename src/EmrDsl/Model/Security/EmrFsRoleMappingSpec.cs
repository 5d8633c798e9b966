namespace EmrDsl.Model;

/// <summary>One <c>RoleMappings</c> entry: the IAM role EMRFS assumes when a request matches one of the identifiers.</summary>
public sealed record EmrFsRoleMappingSpec
{
    /// <summary>The IAM role ARN (<c>arn:aws:iam::account-id:role/role-name</c>).</summary>
    public string Role { get; init; } = string.Empty;

    public EmrFsIdentifierType IdentifierType { get; init; }

    public EquatableArray<string> Identifiers { get; init; }
}
