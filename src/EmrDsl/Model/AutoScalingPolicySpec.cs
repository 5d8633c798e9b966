using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>AutoScalingPolicy</c> structure of the EMR API. An automatic scaling policy for a core instance group or task instance group in an Amazon EMR cluster.</summary>
public sealed record AutoScalingPolicySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The upper and lower Amazon EC2 instance limits for an automatic scaling policy.</summary>
    public ScalingConstraintsSpec? Constraints { get; init; }

    /// <summary>The scale-in and scale-out rules that comprise the automatic scaling policy.</summary>
    public EquatableArray<ScalingRuleSpec> Rules { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<AutoScalingPolicySpec> Shape = new ApiShape<AutoScalingPolicySpec>("AutoScalingPolicy", () => new AutoScalingPolicySpec())
        .Member("Constraints", Codec.Object(() => ScalingConstraintsSpec.Shape), s => s.Constraints, (s, v) => s with { Constraints = v }, MemberLimits.Of(required: true))
        .Member("Rules", Codec.ObjectList(() => ScalingRuleSpec.Shape), s => s.Rules, (s, v) => s with { Rules = v }, MemberLimits.Of(required: true));
}
