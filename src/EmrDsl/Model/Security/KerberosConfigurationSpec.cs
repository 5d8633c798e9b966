namespace EmrDsl.Model;

/// <summary>
/// The <c>KerberosConfiguration</c> object. Exactly one of the two provider configurations is set, the one
/// <see cref="Provider"/> names. Clusters using it must also carry <c>KerberosAttributes</c> (realm, KDC admin password).
/// </summary>
public sealed record KerberosConfigurationSpec
{
    public KerberosProvider Provider { get; init; }

    public ClusterDedicatedKdcConfigurationSpec? ClusterDedicatedKdcConfiguration { get; init; }

    public ExternalKdcConfigurationSpec? ExternalKdcConfiguration { get; init; }
}

/// <summary>The <c>ClusterDedicatedKdcConfiguration</c> object.</summary>
public sealed record ClusterDedicatedKdcConfigurationSpec
{
    /// <summary>How long tickets issued by the KDC are valid (AWS defaults to 24).</summary>
    public int? TicketLifetimeInHours { get; init; }

    public CrossRealmTrustConfigurationSpec? CrossRealmTrustConfiguration { get; init; }
}

/// <summary>The <c>CrossRealmTrustConfiguration</c> object: a trust with a KDC in another realm (often Active Directory).</summary>
public sealed record CrossRealmTrustConfigurationSpec
{
    /// <summary>The other realm's name, by convention the domain in capitals (AD.DOMAIN.COM).</summary>
    public string Realm { get; init; } = string.Empty;

    public string Domain { get; init; } = string.Empty;

    /// <summary>FQDN or IP of the other realm's admin server, optionally with a port (default 749).</summary>
    public string AdminServer { get; init; } = string.Empty;

    /// <summary>FQDN or IP of the other realm's KDC, optionally with a port (default 88).</summary>
    public string KdcServer { get; init; } = string.Empty;
}

/// <summary>The <c>ExternalKdcConfiguration</c> object.</summary>
public sealed record ExternalKdcConfigurationSpec
{
    public int? TicketLifetimeInHours { get; init; }

    public KdcServerType KdcServerType { get; init; }

    /// <summary>FQDN or IP of the external admin server, optionally with a port (default 749).</summary>
    public string AdminServer { get; init; } = string.Empty;

    /// <summary>FQDN of the external KDC, optionally with a port (default 88).</summary>
    public string KdcServer { get; init; } = string.Empty;

    public AdIntegrationConfigurationSpec? AdIntegrationConfiguration { get; init; }
}

/// <summary>The <c>AdIntegrationConfiguration</c> object: the external KDC is integrated with Active Directory.</summary>
public sealed record AdIntegrationConfigurationSpec
{
    public string AdRealm { get; init; } = string.Empty;

    public string AdDomain { get; init; } = string.Empty;

    /// <summary>FQDN of the Active Directory domain controller.</summary>
    public string? AdServer { get; init; }
}
