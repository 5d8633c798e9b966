using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>InstanceFleetType</c> values of the EMR API.</summary>
public enum InstanceFleetType
{
    [ApiValue("MASTER")]
    Master,

    [ApiValue("CORE")]
    Core,

    [ApiValue("TASK")]
    Task,
}
