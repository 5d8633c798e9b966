using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>How long the cluster lives and how it treats its steps and nodes.</summary>
public sealed partial class Cluster
{
    /// <summary>The shortest idle timeout EMR accepts.</summary>
    public static readonly TimeSpan MinIdleTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The longest idle timeout EMR accepts.</summary>
    public static readonly TimeSpan MaxIdleTimeout = TimeSpan.FromDays(7);

    /// <summary>Keeps the cluster running when it has no steps left (<c>KeepJobFlowAliveWhenNoSteps = true</c>).</summary>
    public Cluster KeepAlive() => WithInstances(i => i with { KeepJobFlowAliveWhenNoSteps = true });

    /// <summary>Terminates the cluster once its steps are done (<c>KeepJobFlowAliveWhenNoSteps = false</c>).</summary>
    public Cluster TerminateAfterSteps() => WithInstances(i => i with { KeepJobFlowAliveWhenNoSteps = false });

    /// <summary>Protects the instances from termination by API calls, users or job-flow errors.</summary>
    public Cluster TerminationProtected(bool enabled = true) => WithInstances(i => i with { TerminationProtected = enabled });

    /// <summary>Lets EMR gracefully replace unhealthy core nodes.</summary>
    public Cluster UnhealthyNodeReplacement(bool enabled = true) => WithInstances(i => i with { UnhealthyNodeReplacement = enabled });

    /// <summary>Terminates the cluster after it has been idle this long (<c>AutoTerminationPolicy.IdleTimeout</c>, 1 minute to 7 days).</summary>
    public Cluster AutoTerminateAfterIdle(TimeSpan idle) =>
        With(s => s with { AutoTerminationPolicy = new AutoTerminationSpec { IdleTimeout = Require.Seconds(idle, MinIdleTimeout, MaxIdleTimeout, nameof(idle), "The idle timeout") } });

    /// <summary>How many steps may run at once (<c>StepConcurrencyLevel</c>, 1 to 256).</summary>
    public Cluster StepConcurrency(int level) =>
        With(s => s with { StepConcurrencyLevel = Require.InRange(level, 1, 256, nameof(level), "The step concurrency level") });

    /// <summary>Whether all IAM users of the account may see the cluster (EMR now ignores false; kept for old payloads).</summary>
    public Cluster VisibleToAllUsers(bool visible = true) => With(s => s with { VisibleToAllUsers = visible });

    /// <summary>A JSON string of extra features (<c>AdditionalInfo</c>), passed through as written.</summary>
    public Cluster AdditionalInfo(string json) =>
        With(s => s with { AdditionalInfo = Require.NonEmpty(json, nameof(json), "The additional info") });
}
