using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>SchedulerConfiguration</c> structure of the EMR Serverless API. The scheduler configuration for batch and streaming jobs running on this application.</summary>
public sealed record SchedulerSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The maximum duration in minutes for the job in QUEUED state.</summary>
    public int? QueueTimeoutMinutes { get; init; }

    /// <summary>The maximum concurrent job runs on this application.</summary>
    public int? MaxConcurrentRuns { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<SchedulerSpec> Shape = new ApiShape<SchedulerSpec>("SchedulerConfiguration", () => new SchedulerSpec())
        .Member("queueTimeoutMinutes", Codec.Int, s => s.QueueTimeoutMinutes, (s, v) => s with { QueueTimeoutMinutes = v })
        .Member("maxConcurrentRuns", Codec.Int, s => s.MaxConcurrentRuns, (s, v) => s with { MaxConcurrentRuns = v });
}
