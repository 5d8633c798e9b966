namespace EmrDsl.Rules;

/// <summary>
/// What rules need to know about the security configuration authored beside the cluster (its name and what it
/// turns on). The cluster request only names a security configuration, so this comes from the caller.
/// </summary>
public sealed record SecurityConfigurationSummary
{
    public string? Name { get; init; }

    public bool EnablesKerberos { get; init; }

    public bool EnablesAtRestEncryption { get; init; }

    public bool EnablesInTransitEncryption { get; init; }
}
