using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>Where spark-submit starts the driver on YARN (<c>--deploy-mode</c>).</summary>
public enum DeployMode
{
    /// <summary>On the primary node, inside the step's process: its output lands in the step's stdout log.</summary>
    [ApiValue("client")]
    Client,

    /// <summary>In a YARN container: the step ends when the application does, and the primary node stays light.</summary>
    [ApiValue("cluster")]
    Cluster,
}
