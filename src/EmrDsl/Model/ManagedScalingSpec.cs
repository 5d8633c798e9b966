using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ManagedScalingPolicy</c> structure of the EMR API. Managed scaling policy for an Amazon EMR cluster.</summary>
public sealed record ManagedScalingSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Amazon EC2 unit limits for a managed scaling policy.</summary>
    public ComputeLimitsSpec? ComputeLimits { get; init; }

    /// <summary>An integer value that represents an advanced scaling strategy.</summary>
    public int? UtilizationPerformanceIndex { get; init; }

    /// <summary>Determines whether a custom scaling utilization performance index can be set.</summary>
    public ScalingStrategy? ScalingStrategy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ManagedScalingSpec> Shape = new ApiShape<ManagedScalingSpec>("ManagedScalingPolicy", () => new ManagedScalingSpec())
        .Member("ComputeLimits", Codec.Object(() => ComputeLimitsSpec.Shape), s => s.ComputeLimits, (s, v) => s with { ComputeLimits = v })
        .Member("UtilizationPerformanceIndex", Codec.Int, s => s.UtilizationPerformanceIndex, (s, v) => s with { UtilizationPerformanceIndex = v }, MemberLimits.Of(min: 1, max: 100))
        .Member("ScalingStrategy", Codec.Enum<ScalingStrategy>(), s => s.ScalingStrategy, (s, v) => s with { ScalingStrategy = v });
}
