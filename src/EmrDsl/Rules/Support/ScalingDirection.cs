namespace EmrDsl.Rules.Support;

/// <summary>Which way an automatic scaling rule moves its instance group.</summary>
internal enum ScalingDirection
{
    /// <summary>Neither, or no way to tell (an EXACT_CAPACITY rule goes wherever the group's size is not, a zero adjustment nowhere).</summary>
    Unknown,

    /// <summary>Adds instances.</summary>
    Out,

    /// <summary>Removes instances.</summary>
    In,
}
