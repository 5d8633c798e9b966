using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>KdcServerType</c> values of an <c>ExternalKdcConfiguration</c>; <c>Single</c> is the only one AWS supports.</summary>
public enum KdcServerType
{
    [ApiValue("Single")]
    Single,
}
