using System.Collections.Generic;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Wire;

/// <summary>
/// Reads the document CreateSecurityConfiguration, <c>aws emr create-security-configuration --security-configuration</c>
/// and Terraform's <c>configuration</c> take. The service model types it as an opaque string, so the members follow the
/// EMR Management Guide's JSON reference (the same structure <see cref="Emit.SecurityConfigurationJson"/> writes).
/// </summary>
internal static class SecurityConfigurationReader
{
    private const string NotChecked = "emrdsl does not check this member (not modelled); EMR reads it as written";

    /// <summary>The document <paramref name="json"/> as the model, named <paramref name="name"/> (a document carries no name of its own).</summary>
    public static SecurityConfigurationDocument Read(JsonObject json, string name)
    {
        var errors = new List<WireError>();
        var @unchecked = new List<WireError>();
        var root = new DocumentMembers(json ?? throw new System.ArgumentNullException(nameof(json)), string.Empty, errors, @unchecked);
        var spec = new SecurityConfigurationSpec { Name = name ?? string.Empty };

        if (root.Object("EncryptionConfiguration") is { } encryption)
        {
            spec = Encryption(encryption, spec);
        }

        if (root.Object("AuthenticationConfiguration") is { } authentication)
        {
            spec = spec with
            {
                KerberosConfiguration = authentication.Object("KerberosConfiguration") is { } kerberos ? Kerberos(kerberos) : null,
                IdentityCenterConfiguration = authentication.Object("IdentityCenterConfiguration") is { } identityCenter ? IdentityCenter(identityCenter) : null,
            };
            authentication.NoteUnread(NotChecked);
        }

        if (root.Object("AuthorizationConfiguration") is { } authorization)
        {
            if (authorization.Object("EmrFsConfiguration") is { } emrFs)
            {
                spec = spec with { RoleMappings = EquatableArray.Create(emrFs.Objects("RoleMappings").Select(RoleMapping).Where(m => m is not null).Select(m => m!).ToArray()) };
                emrFs.NoteUnread(NotChecked);
            }

            spec = spec with
            {
                IamConfiguration = authorization.Object("IAMConfiguration") is { } iam ? Iam(iam) : null,
                LakeFormationConfiguration = authorization.Object("LakeFormationConfiguration") is { } lakeFormation ? LakeFormation(lakeFormation) : null,
            };

            authorization.NoteUnread(NotChecked);
        }

        if (root.Object("InstanceMetadataServiceConfiguration") is { } imds)
        {
            spec = spec with
            {
                InstanceMetadataServiceConfiguration = new InstanceMetadataServiceConfigurationSpec
                {
                    MinimumInstanceMetadataServiceVersion = imds.Int("MinimumInstanceMetadataServiceVersion") ?? 1,
                    HttpPutResponseHopLimit = imds.Int("HttpPutResponseHopLimit") ?? 1,
                },
            };
            imds.NoteUnread(NotChecked);
        }

        root.NoteUnread(NotChecked);
        return new SecurityConfigurationDocument(spec, errors, @unchecked);
    }

    private static SecurityConfigurationSpec Encryption(DocumentMembers encryption, SecurityConfigurationSpec spec)
    {
        spec = spec with
        {
            DeclaredInTransitEncryption = encryption.Bool("EnableInTransitEncryption"),
            DeclaredAtRestEncryption = encryption.Bool("EnableAtRestEncryption"),
        };

        if (encryption.Object("InTransitEncryptionConfiguration") is { } inTransit)
        {
            spec = spec with { TlsCertificateConfiguration = inTransit.Object("TLSCertificateConfiguration") is { } tls ? Tls(tls) : null };
            inTransit.NoteUnread(NotChecked);
        }

        if (encryption.Object("AtRestEncryptionConfiguration") is { } atRest)
        {
            spec = spec with
            {
                S3EncryptionConfiguration = atRest.Object("S3EncryptionConfiguration") is { } s3 ? S3(s3) : null,
                LocalDiskEncryptionConfiguration = atRest.Object("LocalDiskEncryptionConfiguration") is { } disk ? LocalDisk(disk) : null,
            };
            atRest.NoteUnread(NotChecked);
        }

        encryption.NoteUnread(NotChecked);
        return spec;
    }

    private static TlsCertificateConfigurationSpec? Tls(DocumentMembers tls)
    {
        var provider = tls.Enum<CertificateProviderType>("CertificateProviderType", required: true);
        var spec = new TlsCertificateConfigurationSpec
        {
            CertificateProviderType = provider.GetValueOrDefault(),
            S3Object = tls.String("S3Object"),
            CertificateProviderClass = tls.String("CertificateProviderClass"),
            AwsKmsKey = tls.String("AwsKmsKey"),
            SecretTags = EquatableArray.Create(tls.Objects("SecretTags").Select(SecretTag).ToArray()),
            ValidityInDays = tls.Int("ValidityInDays"),
            WildcardDnsSuffix = tls.String("WildcardDnsSuffix"),
        };
        tls.NoteUnread(NotChecked);
        return provider is null ? null : spec;
    }

    private static MapEntry SecretTag(DocumentMembers tag)
    {
        var entry = new MapEntry(tag.String("Key") ?? string.Empty, tag.String("Value") ?? string.Empty);
        tag.NoteUnread(NotChecked);
        return entry;
    }

    private static S3EncryptionConfigurationSpec? S3(DocumentMembers s3)
    {
        var mode = s3.Enum<S3EncryptionMode>("EncryptionMode", required: true);
        var spec = new S3EncryptionConfigurationSpec
        {
            EncryptionMode = mode.GetValueOrDefault(),
            AwsKmsKey = s3.String("AwsKmsKey"),
            S3Object = s3.String("S3Object"),
            EncryptionKeyProviderClass = s3.String("EncryptionKeyProviderClass"),
            Overrides = EquatableArray.Create(s3.Objects("Overrides").Select(Override).Where(o => o is not null).Select(o => o!).ToArray()),
        };
        s3.NoteUnread(NotChecked);
        return mode is null ? null : spec;
    }

    private static S3EncryptionOverrideSpec? Override(DocumentMembers entry)
    {
        var mode = entry.Enum<S3EncryptionMode>("EncryptionMode", required: true);
        var spec = new S3EncryptionOverrideSpec
        {
            BucketName = entry.String("BucketName") ?? string.Empty,
            EncryptionMode = mode.GetValueOrDefault(),
            AwsKmsKey = entry.String("AwsKmsKey"),
        };
        entry.NoteUnread(NotChecked);
        return mode is null ? null : spec;
    }

    private static LocalDiskEncryptionConfigurationSpec? LocalDisk(DocumentMembers disk)
    {
        var provider = disk.Enum<EncryptionKeyProviderType>("EncryptionKeyProviderType", required: true);
        var spec = new LocalDiskEncryptionConfigurationSpec
        {
            EnableEbsEncryption = disk.Bool("EnableEbsEncryption"),
            EncryptionKeyProviderType = provider.GetValueOrDefault(),
            AwsKmsKey = disk.String("AwsKmsKey"),
            S3Object = disk.String("S3Object"),
            EncryptionKeyProviderClass = disk.String("EncryptionKeyProviderClass"),
        };
        disk.NoteUnread(NotChecked);
        return provider is null ? null : spec;
    }

    private static KerberosConfigurationSpec? Kerberos(DocumentMembers kerberos)
    {
        var provider = kerberos.Enum<KerberosProvider>("Provider", required: true);
        var spec = new KerberosConfigurationSpec
        {
            Provider = provider.GetValueOrDefault(),
            ClusterDedicatedKdcConfiguration = kerberos.Object("ClusterDedicatedKdcConfiguration") is { } dedicated ? Dedicated(dedicated) : null,
            ExternalKdcConfiguration = kerberos.Object("ExternalKdcConfiguration") is { } external ? External(external) : null,
        };
        kerberos.NoteUnread(NotChecked);
        return provider is null ? null : spec;
    }

    private static ClusterDedicatedKdcConfigurationSpec Dedicated(DocumentMembers dedicated)
    {
        var spec = new ClusterDedicatedKdcConfigurationSpec
        {
            TicketLifetimeInHours = dedicated.Int("TicketLifetimeInHours"),
            CrossRealmTrustConfiguration = dedicated.Object("CrossRealmTrustConfiguration") is { } trust ? CrossRealmTrust(trust) : null,
        };
        dedicated.NoteUnread(NotChecked);
        return spec;
    }

    private static ExternalKdcConfigurationSpec External(DocumentMembers external)
    {
        var spec = new ExternalKdcConfigurationSpec
        {
            TicketLifetimeInHours = external.Int("TicketLifetimeInHours"),
            KdcServerType = external.Enum<KdcServerType>("KdcServerType", required: false).GetValueOrDefault(),
            AdminServer = external.String("AdminServer") ?? string.Empty,
            KdcServer = external.String("KdcServer") ?? string.Empty,
            AdIntegrationConfiguration = external.Object("AdIntegrationConfiguration") is { } ad ? AdIntegration(ad) : null,
        };
        external.NoteUnread(NotChecked);
        return spec;
    }

    private static CrossRealmTrustConfigurationSpec CrossRealmTrust(DocumentMembers trust)
    {
        var spec = new CrossRealmTrustConfigurationSpec
        {
            Realm = trust.String("Realm") ?? string.Empty,
            Domain = trust.String("Domain") ?? string.Empty,
            AdminServer = trust.String("AdminServer") ?? string.Empty,
            KdcServer = trust.String("KdcServer") ?? string.Empty,
        };
        trust.NoteUnread(NotChecked);
        return spec;
    }

    private static AdIntegrationConfigurationSpec AdIntegration(DocumentMembers ad)
    {
        var spec = new AdIntegrationConfigurationSpec
        {
            AdRealm = ad.String("AdRealm") ?? string.Empty,
            AdDomain = ad.String("AdDomain") ?? string.Empty,
            AdServer = ad.String("AdServer"),
        };
        ad.NoteUnread(NotChecked);
        return spec;
    }

    private static IdentityCenterConfigurationSpec IdentityCenter(DocumentMembers identityCenter)
    {
        var spec = new IdentityCenterConfigurationSpec
        {
            EnableIdentityCenter = identityCenter.Bool("EnableIdentityCenter") ?? false,
            IdentityCenterInstanceArn = identityCenter.String("IdentityCenterInstanceARN"),
            ApplicationAssignmentRequired = identityCenter.Bool("IdentityCenterApplicationAssigmentRequired"),
            EnableUserBackgroundSession = identityCenter.Bool("EnableUserBackgroundSession"),
            IamRoleForEmrIdentityCenterApplicationArn = identityCenter.String("IAMRoleForEMRIdentityCenterApplicationARN"),
        };
        identityCenter.NoteUnread(NotChecked);
        return spec;
    }

    private static IamConfigurationSpec Iam(DocumentMembers iam)
    {
        var scoped = iam.Object("ApplicationScopedIAMRoleConfiguration");
        var spec = new IamConfigurationSpec
        {
            EnableApplicationScopedIamRole = iam.Bool("EnableApplicationScopedIAMRole") ?? false,
            PropagateSourceIdentity = scoped?.Bool("PropagateSourceIdentity"),
        };
        scoped?.NoteUnread(NotChecked);
        iam.NoteUnread(NotChecked);
        return spec;
    }

    private static LakeFormationConfigurationSpec LakeFormation(DocumentMembers lakeFormation)
    {
        var spec = new LakeFormationConfigurationSpec { AuthorizedSessionTagValue = lakeFormation.String("AuthorizedSessionTagValue") };
        lakeFormation.NoteUnread(NotChecked);
        return spec;
    }

    private static EmrFsRoleMappingSpec? RoleMapping(DocumentMembers mapping)
    {
        var type = mapping.Enum<EmrFsIdentifierType>("IdentifierType", required: true);
        var spec = new EmrFsRoleMappingSpec
        {
            Role = mapping.String("Role") ?? string.Empty,
            IdentifierType = type.GetValueOrDefault(),
            Identifiers = EquatableArray.Create(mapping.Strings("Identifiers").ToArray()),
        };
        mapping.NoteUnread(NotChecked);
        return type is null ? null : spec;
    }
}
