using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>SimpleScalingPolicyConfiguration</c> structure of the EMR API. An automatic scaling configuration, which describes how the policy adds or removes instances, the cooldown period, and the number of Amazon EC2 instances that will be added each time the CloudWatch metric alarm...</summary>
public sealed record SimpleScalingPolicySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The way in which Amazon EC2 instances are added (if ScalingAdjustment is a positive number) or terminated (if ScalingAdjustment is a negative number) each time the scaling activity is triggered.</summary>
    public AdjustmentType? AdjustmentType { get; init; }

    /// <summary>The amount by which to scale in or scale out, based on the specified AdjustmentType.</summary>
    public int? ScalingAdjustment { get; init; }

    /// <summary>The amount of time, in seconds, after a scaling activity completes before any further trigger-related scaling activities can start.</summary>
    public int? CoolDown { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<SimpleScalingPolicySpec> Shape = new ApiShape<SimpleScalingPolicySpec>("SimpleScalingPolicyConfiguration", () => new SimpleScalingPolicySpec())
        .Member("AdjustmentType", Codec.Enum<AdjustmentType>(), s => s.AdjustmentType, (s, v) => s with { AdjustmentType = v })
        .Member("ScalingAdjustment", Codec.Int, s => s.ScalingAdjustment, (s, v) => s with { ScalingAdjustment = v }, MemberLimits.Of(required: true))
        .Member("CoolDown", Codec.Int, s => s.CoolDown, (s, v) => s with { CoolDown = v });
}
