using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>PlacementGroupStrategy</c> values of the EMR API.</summary>
public enum PlacementGroupStrategy
{
    [ApiValue("SPREAD")]
    Spread,

    [ApiValue("PARTITION")]
    Partition,

    [ApiValue("CLUSTER")]
    Cluster,

    [ApiValue("NONE")]
    None,
}
