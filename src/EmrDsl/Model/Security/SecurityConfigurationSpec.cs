namespace EmrDsl.Model;

/// <summary>
/// A security configuration: its name and the JSON document CreateSecurityConfiguration takes. The service model
/// types that document as an opaque string, so this record follows the EMR Management Guide's JSON reference.
/// Objects that only wrap one member (<c>InTransitEncryptionConfiguration</c>, <c>AtRestEncryptionConfiguration</c>,
/// <c>AuthenticationConfiguration</c>, <c>AuthorizationConfiguration.EmrFsConfiguration</c>) and the
/// <c>Enable...Encryption</c> flags are derived when writing, so the model cannot hold a flag that contradicts its
/// settings.
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

    /// <summary><c>InstanceMetadataServiceConfiguration</c>.</summary>
    public InstanceMetadataServiceConfigurationSpec? InstanceMetadataServiceConfiguration { get; init; }

    /// <summary>True when in-transit encryption is configured (<c>EnableInTransitEncryption</c>).</summary>
    public bool EnableInTransitEncryption => TlsCertificateConfiguration is not null;

    /// <summary>True when S3 or local-disk encryption is configured (<c>EnableAtRestEncryption</c>).</summary>
    public bool EnableAtRestEncryption => S3EncryptionConfiguration is not null || LocalDiskEncryptionConfiguration is not null;
}
