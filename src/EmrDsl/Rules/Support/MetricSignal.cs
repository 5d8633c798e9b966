namespace EmrDsl.Rules.Support;

/// <summary>What an alarm's condition says about the cluster when it holds.</summary>
internal enum MetricSignal
{
    /// <summary>A metric EmrDsl does not know, or a condition that says nothing either way.</summary>
    Unknown,

    /// <summary>The cluster is short of capacity (memory scarce, containers waiting): a reason to scale out.</summary>
    Pressure,

    /// <summary>The cluster has capacity to spare (memory free, nothing waiting): a reason to scale in.</summary>
    Idle,
}
