using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Kerberos authentication for a security configuration (<c>KerberosConfiguration</c>). Start from
/// <see cref="ClusterDedicatedKdc"/> or <see cref="ExternalKdc"/>; each returns a type that offers only the settings
/// its provider documents. Clusters using it must also set <c>KerberosAttributes</c> (realm, KDC admin password).
/// </summary>
public abstract class KerberosConfiguration
{
    private protected KerberosConfiguration()
    {
    }

    public abstract KerberosConfigurationSpec Spec { get; }

    /// <summary>Amazon EMR runs a KDC on each cluster's primary node; tickets last <paramref name="ticketLifetimeInHours"/> (AWS default 24).</summary>
    public static ClusterDedicatedKdcKerberos ClusterDedicatedKdc(int? ticketLifetimeInHours = null) =>
        new(new ClusterDedicatedKdcConfigurationSpec { TicketLifetimeInHours = TicketLifetime(ticketLifetimeInHours) });

    /// <summary>
    /// The cluster authenticates against a KDC outside it (EMR 5.20.0 and later). Servers are FQDNs or IP addresses
    /// with an optional port (admin server default 749, KDC default 88).
    /// </summary>
    public static ExternalKdcKerberos ExternalKdc(string adminServer, string kdcServer, int? ticketLifetimeInHours = null) =>
        new(new ExternalKdcConfigurationSpec
        {
            TicketLifetimeInHours = TicketLifetime(ticketLifetimeInHours),
            KdcServerType = KdcServerType.Single,
            AdminServer = SecurityRequire.Server(adminServer, nameof(adminServer), "The admin server", 749),
            KdcServer = SecurityRequire.Server(kdcServer, nameof(kdcServer), "The KDC server", 88),
        });

    private static int? TicketLifetime(int? hours) =>
        hours is { } value ? Require.Positive(value, "ticketLifetimeInHours", "The ticket lifetime in hours") : null;
}

/// <summary>A cluster-dedicated KDC, optionally trusting another realm.</summary>
public sealed class ClusterDedicatedKdcKerberos : KerberosConfiguration
{
    private readonly ClusterDedicatedKdcConfigurationSpec _configuration;

    internal ClusterDedicatedKdcKerberos(ClusterDedicatedKdcConfigurationSpec configuration) => _configuration = configuration;

    public override KerberosConfigurationSpec Spec => new()
    {
        Provider = KerberosProvider.ClusterDedicatedKdc,
        ClusterDedicatedKdcConfiguration = _configuration,
    };

    /// <summary>
    /// A cross-realm trust with the KDC of <paramref name="realm"/> (by convention the domain in capitals, such as
    /// AD.DOMAIN.COM), often an Active Directory domain. The cluster also needs CrossRealmTrustPrincipalPassword in
    /// its KerberosAttributes.
    /// </summary>
    public ClusterDedicatedKdcKerberos CrossRealmTrust(string realm, string domain, string adminServer, string kdcServer) =>
        new(_configuration with
        {
            CrossRealmTrustConfiguration = new CrossRealmTrustConfigurationSpec
            {
                Realm = Require.NonEmpty(realm, nameof(realm), "The trusted realm"),
                Domain = Require.NonEmpty(domain, nameof(domain), "The trusted domain"),
                AdminServer = SecurityRequire.Server(adminServer, nameof(adminServer), "The admin server", 749),
                KdcServer = SecurityRequire.Server(kdcServer, nameof(kdcServer), "The KDC server", 88),
            },
        });
}

/// <summary>An external KDC, optionally integrated with Active Directory.</summary>
public sealed class ExternalKdcKerberos : KerberosConfiguration
{
    private readonly ExternalKdcConfigurationSpec _configuration;

    internal ExternalKdcKerberos(ExternalKdcConfigurationSpec configuration) => _configuration = configuration;

    public override KerberosConfigurationSpec Spec => new()
    {
        Provider = KerberosProvider.ExternalKdc,
        ExternalKdcConfiguration = _configuration,
    };

    /// <summary>
    /// Integrates principal authentication with an Active Directory domain: its realm (AD.DOMAIN.COM), domain
    /// (ad.domain.com) and optionally its domain controller's FQDN.
    /// </summary>
    public ExternalKdcKerberos AdIntegration(string adRealm, string adDomain, string? adServer = null) =>
        new(_configuration with
        {
            AdIntegrationConfiguration = new AdIntegrationConfigurationSpec
            {
                AdRealm = Require.NonEmpty(adRealm, nameof(adRealm), "The Active Directory realm"),
                AdDomain = Require.NonEmpty(adDomain, nameof(adDomain), "The Active Directory domain"),
                AdServer = adServer is null ? null : SecurityRequire.Server(adServer, nameof(adServer), "The Active Directory server", 88),
            },
        });
}
