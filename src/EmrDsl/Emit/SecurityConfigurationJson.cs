using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Emit;

/// <summary>
/// The document CreateSecurityConfiguration takes as its <c>SecurityConfiguration</c> string. Members follow the
/// order of the EMR Management Guide's JSON reference ("Create a security configuration ... with the AWS CLI").
/// </summary>
public static class SecurityConfigurationJson
{
    internal static JsonObject ToJson(SecurityConfigurationSpec spec) => new JsonObject()
        .Add("EncryptionConfiguration", Encryption(spec))
        .Add("AuthenticationConfiguration", NonEmpty(new JsonObject()
            .Add("KerberosConfiguration", Optional(spec.KerberosConfiguration, Kerberos))
            .Add("IdentityCenterConfiguration", Optional(spec.IdentityCenterConfiguration, IdentityCenter))))
        .Add("AuthorizationConfiguration", NonEmpty(new JsonObject()
            .Add("EmrFsConfiguration", spec.RoleMappings.IsEmpty
                ? null
                : new JsonObject().Add("RoleMappings", new JsonArray(spec.RoleMappings.Select(RoleMapping))))
            .Add("IAMConfiguration", Optional(spec.IamConfiguration, Iam))
            .Add("LakeFormationConfiguration", Optional(spec.LakeFormationConfiguration, lakeFormation => new JsonObject()
                .Add("AuthorizedSessionTagValue", String(lakeFormation.AuthorizedSessionTagValue))))))
        .Add("InstanceMetadataServiceConfiguration", spec.InstanceMetadataServiceConfiguration is { } imds
            ? new JsonObject()
                .Add("MinimumInstanceMetadataServiceVersion", JsonNumber.From(imds.MinimumInstanceMetadataServiceVersion))
                .Add("HttpPutResponseHopLimit", JsonNumber.From(imds.HttpPutResponseHopLimit))
            : null);

    public static string Write(SecurityConfigurationSpec spec) => JsonText.Write(ToJson(spec));

    private static JsonObject? Encryption(SecurityConfigurationSpec spec)
    {
        var hasAtRestSection = spec.S3EncryptionConfiguration is not null || spec.LocalDiskEncryptionConfiguration is not null;
        if (!spec.EnableInTransitEncryption && !spec.EnableAtRestEncryption && !hasAtRestSection && spec.TlsCertificateConfiguration is null)
        {
            return null;
        }

        return new JsonObject()
            .Add("EnableInTransitEncryption", JsonBool.From(spec.EnableInTransitEncryption))
            .Add("EnableAtRestEncryption", JsonBool.From(spec.EnableAtRestEncryption))
            .Add("InTransitEncryptionConfiguration", spec.TlsCertificateConfiguration is { } tls
                ? new JsonObject().Add("TLSCertificateConfiguration", Tls(tls))
                : null)
            .Add("AtRestEncryptionConfiguration", hasAtRestSection
                ? new JsonObject()
                    .Add("S3EncryptionConfiguration", Optional(spec.S3EncryptionConfiguration, S3))
                    .Add("LocalDiskEncryptionConfiguration", Optional(spec.LocalDiskEncryptionConfiguration, LocalDisk))
                : null);
    }

    private static JsonObject Tls(TlsCertificateConfigurationSpec tls) => new JsonObject()
        .Add("CertificateProviderType", Enum(tls.CertificateProviderType))
        .Add("S3Object", String(tls.S3Object))
        .Add("CertificateProviderClass", String(tls.CertificateProviderClass))
        .Add("AwsKmsKey", String(tls.AwsKmsKey))
        .Add("SecretTags", tls.SecretTags.IsEmpty
            ? null
            : new JsonArray(tls.SecretTags.Select(t => new JsonObject().Add("Key", new JsonString(t.Key)).Add("Value", new JsonString(t.Value)))))
        .Add("ValidityInDays", tls.ValidityInDays is { } days ? JsonNumber.From(days) : null)
        .Add("WildcardDnsSuffix", String(tls.WildcardDnsSuffix));

    private static JsonObject S3(S3EncryptionConfigurationSpec s3) => new JsonObject()
        .Add("EncryptionMode", Enum(s3.EncryptionMode))
        .Add("AwsKmsKey", String(s3.AwsKmsKey))
        .Add("S3Object", String(s3.S3Object))
        .Add("EncryptionKeyProviderClass", String(s3.EncryptionKeyProviderClass))
        .Add("Overrides", s3.Overrides.IsEmpty
            ? null
            : new JsonArray(s3.Overrides.Select(o => new JsonObject()
                .Add("BucketName", new JsonString(o.BucketName))
                .Add("EncryptionMode", Enum(o.EncryptionMode))
                .Add("AwsKmsKey", String(o.AwsKmsKey)))));

    private static JsonObject LocalDisk(LocalDiskEncryptionConfigurationSpec disk) => new JsonObject()
        .Add("EnableEbsEncryption", disk.EnableEbsEncryption is { } ebs ? JsonBool.From(ebs) : null)
        .Add("EncryptionKeyProviderType", Enum(disk.EncryptionKeyProviderType))
        .Add("AwsKmsKey", String(disk.AwsKmsKey))
        .Add("S3Object", String(disk.S3Object))
        .Add("EncryptionKeyProviderClass", String(disk.EncryptionKeyProviderClass));

    private static JsonObject Kerberos(KerberosConfigurationSpec kerberos) => new JsonObject()
        .Add("Provider", Enum(kerberos.Provider))
        .Add("ClusterDedicatedKdcConfiguration", Optional(kerberos.ClusterDedicatedKdcConfiguration, dedicated => new JsonObject()
            .Add("TicketLifetimeInHours", Number(dedicated.TicketLifetimeInHours))
            .Add("CrossRealmTrustConfiguration", Optional(dedicated.CrossRealmTrustConfiguration, trust => new JsonObject()
                .Add("Realm", new JsonString(trust.Realm))
                .Add("Domain", new JsonString(trust.Domain))
                .Add("AdminServer", new JsonString(trust.AdminServer))
                .Add("KdcServer", new JsonString(trust.KdcServer))))))
        .Add("ExternalKdcConfiguration", Optional(kerberos.ExternalKdcConfiguration, external => new JsonObject()
            .Add("TicketLifetimeInHours", Number(external.TicketLifetimeInHours))
            .Add("KdcServerType", Enum(external.KdcServerType))
            .Add("AdminServer", new JsonString(external.AdminServer))
            .Add("KdcServer", new JsonString(external.KdcServer))
            .Add("AdIntegrationConfiguration", Optional(external.AdIntegrationConfiguration, ad => new JsonObject()
                .Add("AdRealm", new JsonString(ad.AdRealm))
                .Add("AdDomain", new JsonString(ad.AdDomain))
                .Add("AdServer", String(ad.AdServer))))));

    // Member order of the EMR Management Guide's examples ("User background sessions"; "Enable Lake Formation with Amazon EMR").
    private static JsonObject IdentityCenter(IdentityCenterConfigurationSpec identityCenter) => new JsonObject()
        .Add("EnableIdentityCenter", JsonBool.From(identityCenter.EnableIdentityCenter))
        .Add("IdentityCenterInstanceARN", String(identityCenter.IdentityCenterInstanceArn))
        .Add("IdentityCenterApplicationAssigmentRequired", Bool(identityCenter.ApplicationAssignmentRequired))
        .Add("EnableUserBackgroundSession", Bool(identityCenter.EnableUserBackgroundSession))
        .Add("IAMRoleForEMRIdentityCenterApplicationARN", String(identityCenter.IamRoleForEmrIdentityCenterApplicationArn));

    private static JsonObject Iam(IamConfigurationSpec iam) => new JsonObject()
        .Add("EnableApplicationScopedIAMRole", JsonBool.From(iam.EnableApplicationScopedIamRole))
        .Add("ApplicationScopedIAMRoleConfiguration", iam.PropagateSourceIdentity is { } propagate
            ? new JsonObject().Add("PropagateSourceIdentity", JsonBool.From(propagate))
            : null);

    private static JsonObject? NonEmpty(JsonObject json) => json.Count == 0 ? null : json;

    private static JsonBool? Bool(bool? value) => value is { } flag ? JsonBool.From(flag) : null;

    private static JsonObject RoleMapping(EmrFsRoleMappingSpec mapping) => new JsonObject()
        .Add("Role", new JsonString(mapping.Role))
        .Add("IdentifierType", Enum(mapping.IdentifierType))
        .Add("Identifiers", new JsonArray(mapping.Identifiers.Select(i => new JsonString(i))));

    private static JsonObject? Optional<T>(T? value, System.Func<T, JsonObject> write)
        where T : class => value is null ? null : write(value);

    private static JsonString? String(string? value) => value is null ? null : new JsonString(value);

    private static JsonNumber? Number(int? value) => value is { } number ? JsonNumber.From(number) : null;

    private static JsonString Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => new(ApiEnum<TEnum>.ToApi(value));
}
