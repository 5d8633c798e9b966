using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>InstanceRoleType</c> values of the EMR API.</summary>
public enum InstanceRole
{
    [ApiValue("MASTER")]
    Master,

    [ApiValue("CORE")]
    Core,

    [ApiValue("TASK")]
    Task,
}
