using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Security settings: the security configuration (by name, or authored in the DSL and emitted beside the cluster) and
/// Kerberos attributes.
/// </summary>
public sealed partial class Cluster
{
    /// <summary>Applies an existing security configuration by its name (<c>SecurityConfiguration</c>).</summary>
    public Cluster SecurityConfiguration(string name) =>
        With(s => s with { SecurityConfiguration = Require.NonEmpty(name, nameof(name), "A security configuration name") });

    /// <summary>
    /// Kerberos attributes for a security configuration that enables Kerberos (<c>KerberosAttributes</c>). The
    /// passwords are <see cref="Secret"/>s: the request and the Terraform carry where they come from, never their value.
    /// </summary>
    public Cluster Kerberos(string realm, Secret kdcAdminPassword, Secret? crossRealmTrustPrincipalPassword = null, string? adDomainJoinUser = null, Secret? adDomainJoinPassword = null) =>
        Kerberos(
            realm,
            Require.NotNull(kdcAdminPassword, nameof(kdcAdminPassword), "The KDC admin password").Reference.Text,
            crossRealmTrustPrincipalPassword?.Reference.Text,
            adDomainJoinUser,
            adDomainJoinPassword?.Reference.Text);

    /// <summary>
    /// Kerberos attributes with the passwords written out. A literal password is reported (EMR016) and no artifact
    /// is written with it; this overload exists so existing requests read and lint as they are. Prefer the
    /// <see cref="Secret"/> overload.
    /// </summary>
    public Cluster Kerberos(string realm, string kdcAdminPassword, string? crossRealmTrustPrincipalPassword = null, string? adDomainJoinUser = null, string? adDomainJoinPassword = null) =>
        With(s => s with
        {
            KerberosAttributes = new KerberosSpec
            {
                Realm = Require.NonEmpty(realm, nameof(realm), "A Kerberos realm"),
                KdcAdminPassword = Require.NonEmpty(kdcAdminPassword, nameof(kdcAdminPassword), "The KDC admin password"),
                CrossRealmTrustPrincipalPassword = Require.NonEmptyIfGiven(crossRealmTrustPrincipalPassword, nameof(crossRealmTrustPrincipalPassword), "The cross-realm trust password"),
                ADDomainJoinUser = Require.NonEmptyIfGiven(adDomainJoinUser, nameof(adDomainJoinUser), "The AD domain join user"),
                ADDomainJoinPassword = Require.NonEmptyIfGiven(adDomainJoinPassword, nameof(adDomainJoinPassword), "The AD domain join password"),
            },
        });

    /// <summary>
    /// Uses a security configuration authored in the DSL: RunJobFlow's <c>SecurityConfiguration</c> becomes its name and
    /// the cluster keeps the document, so <see cref="ToSecurityConfigurationJson"/> can emit it for CreateSecurityConfiguration.
    /// </summary>
    public Cluster SecurityConfiguration(SecurityConfiguration document)
    {
        var spec = (document ?? throw new ArgumentNullException(nameof(document))).Spec;
        return new Cluster(Spec with { SecurityConfiguration = spec.Name }, spec);
    }

    /// <summary>The document of the security configuration authored with <see cref="SecurityConfiguration(EmrDsl.SecurityConfiguration)"/>.</summary>
    public string ToSecurityConfigurationJson()
    {
        var document = SecurityConfigurationDocument
            ?? throw new InvalidOperationException(
                $"The cluster '{Spec.Name}' has no authored security configuration. Add one with " +
                ".SecurityConfiguration(SecurityConfiguration.Create(\"name\").EncryptS3AtRest(S3Encryption.SseS3())).");

        if (Spec.SecurityConfiguration != document.Name)
        {
            throw new InvalidOperationException(
                $"The cluster '{Spec.Name}' refers to security configuration '{Spec.SecurityConfiguration}' but the authored document is " +
                $"'{document.Name}'. Attach the document again with .SecurityConfiguration(document), or drop it to refer by name only.");
        }

        // Qualified: inside Cluster the simple name is the SecurityConfiguration method.
        return global::EmrDsl.SecurityConfiguration.FromSpec(document).ToJson();
    }
}
