using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>InitialCapacityConfig</c> structure of the EMR Serverless API. The initial capacity configuration per worker.</summary>
public sealed record InitialCapacitySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The number of workers in the initial capacity configuration.</summary>
    public long? WorkerCount { get; init; }

    /// <summary>The resource configuration of the initial capacity configuration.</summary>
    public WorkerResourceSpec? WorkerConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<InitialCapacitySpec> Shape = new ApiShape<InitialCapacitySpec>("InitialCapacityConfig", () => new InitialCapacitySpec())
        .Member("workerCount", Codec.Long, s => s.WorkerCount, (s, v) => s with { WorkerCount = v }, MemberLimits.Of(required: true, min: 1, max: 1000000))
        .Member("workerConfiguration", Codec.Object(() => WorkerResourceSpec.Shape), s => s.WorkerConfiguration, (s, v) => s with { WorkerConfiguration = v });
}
