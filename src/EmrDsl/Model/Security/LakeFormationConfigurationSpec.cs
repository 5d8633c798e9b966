namespace EmrDsl.Model;

/// <summary>
/// The <c>AuthorizationConfiguration.LakeFormationConfiguration</c> object of an EMR on EC2 security configuration
/// (EMR 6.15.0 and later, with runtime roles): EMR Management Guide, "Enable Lake Formation with Amazon EMR". Its only
/// documented member is <c>AuthorizedSessionTagValue</c>; <c>SecureNamespaceInfo</c> and <c>QueryEngineRoleArn</c>
/// belong to EMR on EKS (the emr-containers CreateSecurityConfiguration model), not to this document.
/// </summary>
public sealed record LakeFormationConfigurationSpec
{
    /// <summary>The session tag Lake Formation authorizes EMR by; the guide sets it to <see cref="AmazonEmr"/>.</summary>
    public string? AuthorizedSessionTagValue { get; init; }

    /// <summary>The value the guide prescribes, and the one Lake Formation's application integration settings must hold.</summary>
    public const string AmazonEmr = "Amazon EMR";
}
