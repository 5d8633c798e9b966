using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ScalingConstraints</c> structure of the EMR API. The upper and lower Amazon EC2 instance limits for an automatic scaling policy.</summary>
public sealed record ScalingConstraintsSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The lower boundary of Amazon EC2 instances in an instance group below which scaling activities are not allowed to shrink.</summary>
    public int? MinCapacity { get; init; }

    /// <summary>The upper boundary of Amazon EC2 instances in an instance group beyond which scaling activities are not allowed to grow.</summary>
    public int? MaxCapacity { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ScalingConstraintsSpec> Shape = new ApiShape<ScalingConstraintsSpec>("ScalingConstraints", () => new ScalingConstraintsSpec())
        .Member("MinCapacity", Codec.Int, s => s.MinCapacity, (s, v) => s with { MinCapacity = v }, MemberLimits.Of(required: true))
        .Member("MaxCapacity", Codec.Int, s => s.MaxCapacity, (s, v) => s with { MaxCapacity = v }, MemberLimits.Of(required: true));
}
