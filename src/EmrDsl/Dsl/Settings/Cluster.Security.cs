using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Security settings that name things defined elsewhere: the security configuration and Kerberos attributes.</summary>
public sealed partial class Cluster
{
    /// <summary>Applies an existing security configuration by its name (<c>SecurityConfiguration</c>).</summary>
    public Cluster SecurityConfiguration(string name) =>
        With(s => s with { SecurityConfiguration = Require.NonEmpty(name, nameof(name), "A security configuration name") });

    /// <summary>Kerberos attributes for a security configuration that enables Kerberos (<c>KerberosAttributes</c>).</summary>
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
}
