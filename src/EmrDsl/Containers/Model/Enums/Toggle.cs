using EmrDsl.Wire;

namespace EmrDsl.Containers;

/// <summary>The <c>PersistentAppUI</c> and <c>AllowAWSToRetainLogs</c> values of the EMR on EKS API.</summary>
public enum Toggle
{
    [ApiValue("ENABLED")]
    Enabled,

    [ApiValue("DISABLED")]
    Disabled,
}
