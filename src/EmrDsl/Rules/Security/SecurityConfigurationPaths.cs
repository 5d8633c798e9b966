namespace EmrDsl.Rules;

/// <summary>The JSON paths of a security configuration document's sections and switches, as findings name them.</summary>
internal static class SecurityConfigurationPaths
{
    public const string Encryption = "EncryptionConfiguration";
    public const string EnableAtRest = Encryption + ".EnableAtRestEncryption";
    public const string EnableInTransit = Encryption + ".EnableInTransitEncryption";
    public const string AtRest = Encryption + ".AtRestEncryptionConfiguration";
    public const string S3 = AtRest + ".S3EncryptionConfiguration";
    public const string LocalDisk = AtRest + ".LocalDiskEncryptionConfiguration";
    public const string TlsCertificates = Encryption + ".InTransitEncryptionConfiguration.TLSCertificateConfiguration";
    public const string InstanceMetadata = "InstanceMetadataServiceConfiguration";
    public const string Authorization = "AuthorizationConfiguration";
    public const string LakeFormation = Authorization + ".LakeFormationConfiguration";
    public const string IdentityCenter = "AuthenticationConfiguration.IdentityCenterConfiguration";

    /// <summary>
    /// Where a cluster's findings about the security configuration authored with it lie: not a RunJobFlow member (the
    /// request carries only the name), the document's paths under it (<c>SecurityConfigurationDocument.EncryptionConfiguration...</c>).
    /// </summary>
    public const string ClusterDocument = "SecurityConfigurationDocument";

    public static string Member(string parent, string name) => Wire.WirePath.Member(parent, name);

    public static string Override(int index) => Wire.WirePath.Index(S3 + ".Overrides", index);
}
