using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Security;

/// <summary>
/// The fluent form of each section of a security configuration document: the factory the DSL has for its provider or
/// mode, with the settings as arguments. Whether that form builds the section exactly is for the importer to check.
/// </summary>
internal static class SecuritySections
{
    /// <summary><c>.EncryptInTransit(Tls.PemFromS3(zip))</c>, <c>Tls.Custom(jar, class)</c> or <c>Tls.EmrManaged(...).SecretTag(key, value)</c>.</summary>
    public static Fluent<SecurityConfiguration> EncryptInTransit(TlsCertificateConfigurationSpec? tls)
    {
        if (tls is null)
        {
            return Fluent<SecurityConfiguration>.Empty;
        }

        var made = tls.CertificateProviderType switch
        {
            CertificateProviderType.Pem => Made<Tls>.Of("Tls.PemFromS3", () => Tls.PemFromS3(tls.S3Object!), Maybe(tls.S3Object)),
            CertificateProviderType.Custom => Made<Tls>.Of("Tls.Custom", () => Tls.Custom(tls.S3Object!, tls.CertificateProviderClass!), Maybe(tls.S3Object), Maybe(tls.CertificateProviderClass)),
            _ => tls.SecretTags.Aggregate(
                Made<Tls>.Of(
                    "Tls.EmrManaged",
                    () => Tls.EmrManaged(tls.AwsKmsKey, tls.ValidityInDays, tls.WildcardDnsSuffix),
                    NamedIfSet(("awsKmsKey", Optional(tls.AwsKmsKey)), ("validityInDays", tls.ValidityInDays is { } days ? I(days) : null), ("wildcardDnsSuffix", Optional(tls.WildcardDnsSuffix)))),
                (emr, tag) => emr.Then(new Call("SecretTag", S(tag.Key), S(tag.Value)), t => t.SecretTag(tag.Key, tag.Value))),
        };
        return One<SecurityConfiguration>("EncryptInTransit", c => c.EncryptInTransit(made.Make()), made.Code);
    }

    /// <summary><c>.EncryptS3AtRest(S3Encryption.SseKms(key))</c> (or another mode), with <c>.Override(bucket, mode)</c> for each bucket override.</summary>
    public static Fluent<SecurityConfiguration> EncryptS3AtRest(S3EncryptionConfigurationSpec? s3)
    {
        if (s3 is null)
        {
            return Fluent<SecurityConfiguration>.Empty;
        }

        var made = s3.Overrides.Aggregate(
            S3Mode(s3.EncryptionMode, s3.AwsKmsKey, s3.S3Object, s3.EncryptionKeyProviderClass),
            (encryption, bucket) =>
            {
                var mode = S3Mode(bucket.EncryptionMode, bucket.AwsKmsKey, s3Object: null, providerClass: null);
                return encryption.Then(new Call("Override", S(bucket.BucketName), mode.Code), e => e.Override(bucket.BucketName, mode.Make()));
            });
        return One<SecurityConfiguration>("EncryptS3AtRest", c => c.EncryptS3AtRest(made.Make()), made.Code);
    }

    /// <summary><c>.EncryptLocalDisk(LocalDiskEncryption.Kms(key).WithEbsEncryption())</c> or <c>LocalDiskEncryption.Custom(jar, class)</c>.</summary>
    public static Fluent<SecurityConfiguration> EncryptLocalDisk(LocalDiskEncryptionConfigurationSpec? disk)
    {
        if (disk is null)
        {
            return Fluent<SecurityConfiguration>.Empty;
        }

        var made = disk.EncryptionKeyProviderType == EncryptionKeyProviderType.AwsKms
            ? Made<LocalDiskEncryption>.Of("LocalDiskEncryption.Kms", () => LocalDiskEncryption.Kms(disk.AwsKmsKey!), Maybe(disk.AwsKmsKey))
            : Made<LocalDiskEncryption>.Of("LocalDiskEncryption.Custom", () => LocalDiskEncryption.Custom(disk.S3Object!, disk.EncryptionKeyProviderClass!), Maybe(disk.S3Object), Maybe(disk.EncryptionKeyProviderClass));
        made = disk.EnableEbsEncryption == true ? made.Then(new Call("WithEbsEncryption"), d => d.WithEbsEncryption()) : made;
        return One<SecurityConfiguration>("EncryptLocalDisk", c => c.EncryptLocalDisk(made.Make()), made.Code);
    }

    /// <summary>
    /// <c>.Kerberos(KerberosConfiguration.ClusterDedicatedKdc(hours).CrossRealmTrust(...))</c> or
    /// <c>KerberosConfiguration.ExternalKdc(admin, kdc).AdIntegration(...)</c>.
    /// </summary>
    public static Fluent<SecurityConfiguration> Kerberos(KerberosConfigurationSpec? kerberos) => kerberos?.Provider switch
    {
        null => Fluent<SecurityConfiguration>.Empty,
        KerberosProvider.ClusterDedicatedKdc => Kerberos(Dedicated(kerberos.ClusterDedicatedKdcConfiguration)),
        _ => Kerberos(External(kerberos.ExternalKdcConfiguration)),
    };

    /// <summary><c>.IdentityCenter(instanceArn, roleArn, ...)</c>, the flags named when they differ from the method's defaults; the method sets every member.</summary>
    public static Fluent<SecurityConfiguration> IdentityCenter(IdentityCenterConfigurationSpec? identityCenter)
    {
        if (identityCenter is not { EnableIdentityCenter: true, ApplicationAssignmentRequired: { } required, EnableUserBackgroundSession: { } background })
        {
            return Fluent<SecurityConfiguration>.Empty;
        }

        var (instance, role) = (identityCenter.IdentityCenterInstanceArn, identityCenter.IamRoleForEmrIdentityCenterApplicationArn);
        var arguments = new Expr[] { Maybe(instance), Maybe(role) }
            .Concat(NamedIfSet(("applicationAssignmentRequired", required ? null : B(false)), ("userBackgroundSession", background ? B(true) : null)))
            .ToArray();
        return One<SecurityConfiguration>("IdentityCenter", c => c.IdentityCenter(instance!, role!, required, background), arguments);
    }

    /// <summary><c>.EmrFsRoleMappings(EmrFsRoleMapping.ForUsers(role, "analyst"), ...)</c> with every mapping, in order.</summary>
    public static Fluent<SecurityConfiguration> EmrFsRoleMappings(EquatableArray<EmrFsRoleMappingSpec> mappings)
    {
        if (mappings.IsEmpty)
        {
            return Fluent<SecurityConfiguration>.Empty;
        }

        var made = mappings.Select(RoleMapping).ToArray();
        return One<SecurityConfiguration>("EmrFsRoleMappings", c => c.EmrFsRoleMappings(made.Select(m => m.Make()).ToArray()), made.Select(m => m.Code).ToArray());
    }

    /// <summary><c>.RuntimeRoles()</c>, or <c>.RuntimeRoles(propagateSourceIdentity: false)</c>; the method always writes the propagation setting.</summary>
    public static Fluent<SecurityConfiguration> RuntimeRoles(IamConfigurationSpec? iam) => iam is { EnableApplicationScopedIamRole: true, PropagateSourceIdentity: { } propagate }
        ? One<SecurityConfiguration>("RuntimeRoles", c => c.RuntimeRoles(propagate), NamedIfSet(("propagateSourceIdentity", propagate ? null : B(false))))
        : Fluent<SecurityConfiguration>.Empty;

    /// <summary><c>.LakeFormation()</c>, which writes the session tag value the guide prescribes and no other.</summary>
    public static Fluent<SecurityConfiguration> LakeFormation(LakeFormationConfigurationSpec? lakeFormation) => lakeFormation is null
        ? Fluent<SecurityConfiguration>.Empty
        : One<SecurityConfiguration>("LakeFormation", c => c.LakeFormation());

    /// <summary><c>.InstanceMetadataService(2)</c>, the hop limit named when it is not 1.</summary>
    public static Fluent<SecurityConfiguration> InstanceMetadataService(InstanceMetadataServiceConfigurationSpec? imds) => imds is null
        ? Fluent<SecurityConfiguration>.Empty
        : One<SecurityConfiguration>(
            "InstanceMetadataService",
            c => c.InstanceMetadataService(imds.MinimumInstanceMetadataServiceVersion, imds.HttpPutResponseHopLimit),
            new Expr[] { I(imds.MinimumInstanceMetadataServiceVersion) }.Concat(NamedIfSet(("httpPutResponseHopLimit", imds.HttpPutResponseHopLimit == 1 ? null : I(imds.HttpPutResponseHopLimit)))).ToArray());

    private static Fluent<SecurityConfiguration> Kerberos<TKerberos>(Made<TKerberos> made)
        where TKerberos : KerberosConfiguration => One<SecurityConfiguration>("Kerberos", c => c.Kerberos(made.Make()), made.Code);

    private static Made<ClusterDedicatedKdcKerberos> Dedicated(ClusterDedicatedKdcConfigurationSpec? dedicated)
    {
        var hours = dedicated?.TicketLifetimeInHours;
        var made = Made<ClusterDedicatedKdcKerberos>.Of("KerberosConfiguration.ClusterDedicatedKdc", () => KerberosConfiguration.ClusterDedicatedKdc(hours), hours is { } h ? new Expr[] { I(h) } : System.Array.Empty<Expr>());
        return dedicated?.CrossRealmTrustConfiguration is { } trust
            ? made.Then(new Call("CrossRealmTrust", S(trust.Realm), S(trust.Domain), S(trust.AdminServer), S(trust.KdcServer)), k => k.CrossRealmTrust(trust.Realm, trust.Domain, trust.AdminServer, trust.KdcServer))
            : made;
    }

    private static Made<ExternalKdcKerberos> External(ExternalKdcConfigurationSpec? external)
    {
        var (admin, kdc, hours) = (external?.AdminServer, external?.KdcServer, external?.TicketLifetimeInHours);
        var made = Made<ExternalKdcKerberos>.Of(
            "KerberosConfiguration.ExternalKdc",
            () => KerberosConfiguration.ExternalKdc(admin!, kdc!, hours),
            new Expr[] { Maybe(admin), Maybe(kdc) }.Concat(NamedIfSet(("ticketLifetimeInHours", hours is { } h ? I(h) : null))).ToArray());
        return external?.AdIntegrationConfiguration is { } ad
            ? made.Then(
                new Call("AdIntegration", new Expr[] { S(ad.AdRealm), S(ad.AdDomain) }.Concat(NamedIfSet(("adServer", Optional(ad.AdServer)))).ToArray()),
                k => k.AdIntegration(ad.AdRealm, ad.AdDomain, ad.AdServer))
            : made;
    }

    /// <summary>The factory for an S3 encryption mode; a bucket override takes the same factories.</summary>
    private static Made<S3Encryption> S3Mode(S3EncryptionMode mode, string? key, string? s3Object, string? providerClass) => mode switch
    {
        S3EncryptionMode.SseS3 => Made<S3Encryption>.Of("S3Encryption.SseS3", S3Encryption.SseS3),
        S3EncryptionMode.SseKms => Made<S3Encryption>.Of("S3Encryption.SseKms", () => S3Encryption.SseKms(key!), Maybe(key)),
        S3EncryptionMode.CseKms => Made<S3Encryption>.Of("S3Encryption.CseKms", () => S3Encryption.CseKms(key!), Maybe(key)),
        _ => Made<S3Encryption>.Of("S3Encryption.CseCustom", () => S3Encryption.CseCustom(s3Object!, providerClass!), Maybe(s3Object), Maybe(providerClass)),
    };

    private static Made<EmrFsRoleMapping> RoleMapping(EmrFsRoleMappingSpec mapping)
    {
        var (role, identifiers) = (mapping.Role, mapping.Identifiers.ToArray());
        var arguments = new Expr[] { S(role) }.Concat(Strings(identifiers)).ToArray();
        return mapping.IdentifierType switch
        {
            EmrFsIdentifierType.User => Made<EmrFsRoleMapping>.Of("EmrFsRoleMapping.ForUsers", () => EmrFsRoleMapping.ForUsers(role, identifiers), arguments),
            EmrFsIdentifierType.Group => Made<EmrFsRoleMapping>.Of("EmrFsRoleMapping.ForGroups", () => EmrFsRoleMapping.ForGroups(role, identifiers), arguments),
            _ => Made<EmrFsRoleMapping>.Of("EmrFsRoleMapping.ForPrefixes", () => EmrFsRoleMapping.ForPrefixes(role, identifiers), arguments),
        };
    }

    /// <summary>A factory argument's code; a missing one is <c>null</c>, which the factory refuses, so the section is written raw.</summary>
    private static Token Maybe(string? value) => value is null ? new Token("null") : S(value);

    /// <summary>An optional argument's code, or null to leave it out.</summary>
    private static Token? Optional(string? value) => value is null ? null : S(value);
}
