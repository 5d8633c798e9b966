using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>PutAutoScalingPolicyInput</c> structure of the EMR API: an automatic scaling policy for an instance group of a running cluster.</summary>
public sealed record PutAutoScalingPolicySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The id of the cluster that holds the instance group.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The id of the instance group the policy applies to.</summary>
    public string? InstanceGroupId { get; init; }

    /// <summary>The policy.</summary>
    public AutoScalingPolicySpec? AutoScalingPolicy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<PutAutoScalingPolicySpec> Shape = new ApiShape<PutAutoScalingPolicySpec>("PutAutoScalingPolicyInput", () => new PutAutoScalingPolicySpec())
        .Member("ClusterId", Codec.String, s => s.ClusterId, (s, v) => s with { ClusterId = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("InstanceGroupId", Codec.String, s => s.InstanceGroupId, (s, v) => s with { InstanceGroupId = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("AutoScalingPolicy", Codec.Object(() => AutoScalingPolicySpec.Shape), s => s.AutoScalingPolicy, (s, v) => s with { AutoScalingPolicy = v }, MemberLimits.Of(required: true));
}
