namespace EmrDsl.Rules;

/// <summary>What a rule protects; becomes the analyzer's diagnostic category.</summary>
public enum RuleCategory
{
    /// <summary>The EMR API would reject the request.</summary>
    Correctness,

    /// <summary>The cluster may lose data or fail under normal events (Spot reclaim, node loss).</summary>
    Reliability,

    /// <summary>Credentials, encryption, authentication, network exposure.</summary>
    Security,

    /// <summary>Money spent on idle or oversized capacity.</summary>
    Cost,

    /// <summary>Settings that make jobs slow or skewed.</summary>
    Performance,

    /// <summary>Troubleshooting and support: logs, supported releases.</summary>
    Operations,
}
