using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>RepoUpgradeOnBoot</c> values of the EMR API.</summary>
public enum RepoUpgradeOnBoot
{
    [ApiValue("SECURITY")]
    Security,

    [ApiValue("NONE")]
    None,
}
