using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>PutManagedScalingPolicyInput</c> structure of the EMR API: managed scaling limits for a running cluster.</summary>
public sealed record PutManagedScalingPolicySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The id of the cluster the policy applies to.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The managed scaling limits.</summary>
    public ManagedScalingSpec? ManagedScalingPolicy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<PutManagedScalingPolicySpec> Shape = new ApiShape<PutManagedScalingPolicySpec>("PutManagedScalingPolicyInput", () => new PutManagedScalingPolicySpec())
        .Member("ClusterId", Codec.String, s => s.ClusterId, (s, v) => s with { ClusterId = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("ManagedScalingPolicy", Codec.Object(() => ManagedScalingSpec.Shape), s => s.ManagedScalingPolicy, (s, v) => s with { ManagedScalingPolicy = v }, MemberLimits.Of(required: true));
}
