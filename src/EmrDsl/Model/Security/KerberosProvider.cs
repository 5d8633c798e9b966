using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>Provider</c> values of a security configuration's <c>KerberosConfiguration</c>.</summary>
public enum KerberosProvider
{
    /// <summary>Amazon EMR creates a KDC on the primary node of each cluster.</summary>
    [ApiValue("ClusterDedicatedKdc")]
    ClusterDedicatedKdc,

    /// <summary>The cluster authenticates against a KDC outside it (EMR 5.20.0 and later).</summary>
    [ApiValue("ExternalKdc")]
    ExternalKdc,
}
