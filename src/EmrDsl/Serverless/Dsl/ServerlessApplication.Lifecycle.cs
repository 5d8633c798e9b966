using System;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessApplication
{
    /// <summary>The API's limit on the auto-stop idle timeout (7 days).</summary>
    public const int MaxIdleTimeoutMinutes = 10080;

    // Documented scheduler limits (EMR Serverless User Guide, "Job concurrency and queuing").
    private const int MinQueueTimeoutMinutes = 15;
    private const int MaxQueueTimeoutMinutes = 720;
    private const int MaxConcurrentRunsLimit = 1000;

    /// <summary>Whether the application starts by itself when a job is submitted (the API's default is on).</summary>
    public ServerlessApplication AutoStart(bool enabled = true) =>
        With(s => s with { AutoStartConfiguration = new AutoStartSpec { Enabled = enabled } });

    /// <summary>Stops the application after <paramref name="idle"/> without jobs (whole minutes, 1 minute to 7 days; the API's default is 15 minutes).</summary>
    public ServerlessApplication AutoStop(TimeSpan idle)
    {
        var minutes = Require.WholeMinutes(idle, nameof(idle), "The auto-stop idle timeout", 1, MaxIdleTimeoutMinutes);
        return With(s => s with { AutoStopConfiguration = new AutoStopSpec { Enabled = true, IdleTimeoutMinutes = minutes } });
    }

    /// <summary>Keeps the application (and its pre-initialized capacity) running until stopped by hand.</summary>
    public ServerlessApplication DisableAutoStop() =>
        With(s => s with { AutoStopConfiguration = new AutoStopSpec { Enabled = false } });

    /// <summary>
    /// Job queuing: how long a run may wait in QUEUED (15 to 720 minutes) and how many runs execute at once
    /// (1 to 1000). Unnamed settings keep the API's defaults.
    /// </summary>
    public ServerlessApplication Scheduler(TimeSpan? queueTimeout = null, int? maxConcurrentRuns = null)
    {
        if (queueTimeout is null && maxConcurrentRuns is null)
        {
            throw new ArgumentException("No scheduler setting given: name queueTimeout, maxConcurrentRuns or both.", nameof(queueTimeout));
        }

        var timeout = queueTimeout is { } t
            ? Require.WholeMinutes(t, nameof(queueTimeout), "The queue timeout", MinQueueTimeoutMinutes, MaxQueueTimeoutMinutes)
            : (int?)null;
        if (maxConcurrentRuns is { } runs && (runs < 1 || runs > MaxConcurrentRunsLimit))
        {
            throw new ArgumentOutOfRangeException(nameof(maxConcurrentRuns), runs, $"The concurrent run limit must be 1 to {MaxConcurrentRunsLimit} (got {runs}).");
        }

        return With(s => s with { SchedulerConfiguration = new SchedulerSpec { QueueTimeoutMinutes = timeout, MaxConcurrentRuns = maxConcurrentRuns } });
    }
}
