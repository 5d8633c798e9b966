namespace EmrDsl.Model;

/// <summary>
/// A security configuration: its name and the JSON document CreateSecurityConfiguration takes. The service model
/// types that document as an opaque string, so this record follows the EMR Management Guide's JSON reference.
/// Objects that only wrap one member (<c>InTransitEncryptionConfiguration</c>, <c>AtRestEncryptionConfiguration</c>,
/// <c>AuthenticationConfiguration</c>, <c>AuthorizationConfiguration.EmrFsConfiguration</c>) and the
/// <c>Enable...Encryption</c> flags are derived when writing, so a DSL-authored model cannot hold a flag that contradicts
/// its settings; a document read from JSON keeps the switches it states (<see cref="DeclaredInTransitEncryption"/>,
/// <see cref="DeclaredAtRestEncryption"/>) so rules can point at a switch that is off or contradicts its section.
/// </summary>
public sealed record SecurityConfigurationSpec
{
    /// <summary>The name clusters use in RunJobFlow's <c>SecurityConfiguration</c> member.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary><c>EncryptionConfiguration.InTransitEncryptionConfiguration.TLSCertificateConfiguration</c>.</summary>
    public TlsCertificateConfigurationSpec? TlsCertificateConfiguration { get; init; }

    /// <summary><c>EncryptionConfiguration.AtRestEncryptionConfiguration.S3EncryptionConfiguration</c>.</summary>
    public S3EncryptionConfigurationSpec? S3EncryptionConfiguration { get; init; }

    /// <summary><c>EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration</c>.</summary>
    public LocalDiskEncryptionConfigurationSpec? LocalDiskEncryptionConfiguration { get; init; }

    /// <summary><c>AuthenticationConfiguration.KerberosConfiguration</c>.</summary>
    public KerberosConfigurationSpec? KerberosConfiguration { get; init; }

    /// <summary><c>AuthorizationConfiguration.EmrFsConfiguration.RoleMappings</c>, evaluated top-down by EMRFS.</summary>
    public EquatableArray<EmrFsRoleMappingSpec> RoleMappings { get; init; }

    /// <summary><c>AuthenticationConfiguration.IdentityCenterConfiguration</c>.</summary>
    public IdentityCenterConfigurationSpec? IdentityCenterConfiguration { get; init; }

    /// <summary><c>AuthorizationConfiguration.IAMConfiguration</c>: runtime roles for steps.</summary>
    public IamConfigurationSpec? IamConfiguration { get; init; }

    /// <summary><c>AuthorizationConfiguration.LakeFormationConfiguration</c>.</summary>
    public LakeFormationConfigurationSpec? LakeFormationConfiguration { get; init; }

    /// <summary>Whether EMR accepts runtime roles for steps on clusters using this configuration.</summary>
    public bool EnablesRuntimeRoles => IamConfiguration?.EnableApplicationScopedIamRole == true;

    /// <summary><c>InstanceMetadataServiceConfiguration</c>.</summary>
    public InstanceMetadataServiceConfigurationSpec? InstanceMetadataServiceConfiguration { get; init; }

    /// <summary><c>EnableInTransitEncryption</c> as a document read from JSON states it; null when derived from the settings (the DSL).</summary>
    public bool? DeclaredInTransitEncryption { get; init; }

    /// <summary><c>EnableAtRestEncryption</c> as a document read from JSON states it; null when derived from the settings (the DSL).</summary>
    public bool? DeclaredAtRestEncryption { get; init; }

    /// <summary>The <c>EnableInTransitEncryption</c> switch: as declared, else true when in-transit encryption is configured.</summary>
    public bool EnableInTransitEncryption => DeclaredInTransitEncryption ?? TlsCertificateConfiguration is not null;

    /// <summary>The <c>EnableAtRestEncryption</c> switch: as declared, else true when S3 or local-disk encryption is configured.</summary>
    public bool EnableAtRestEncryption => DeclaredAtRestEncryption ?? (S3EncryptionConfiguration is not null || LocalDiskEncryptionConfiguration is not null);
}
