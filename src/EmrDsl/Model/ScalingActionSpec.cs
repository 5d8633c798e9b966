using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ScalingAction</c> structure of the EMR API. The type of adjustment the automatic scaling activity makes when triggered, and the periodicity of the adjustment.</summary>
public sealed record ScalingActionSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Not available for instance groups.</summary>
    public Market? Market { get; init; }

    /// <summary>The type of adjustment the automatic scaling activity makes when triggered, and the periodicity of the adjustment.</summary>
    public SimpleScalingPolicySpec? SimpleScalingPolicyConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ScalingActionSpec> Shape = new ApiShape<ScalingActionSpec>("ScalingAction", () => new ScalingActionSpec())
        .Member("Market", Codec.Enum<Market>(), s => s.Market, (s, v) => s with { Market = v })
        .Member("SimpleScalingPolicyConfiguration", Codec.Object(() => SimpleScalingPolicySpec.Shape), s => s.SimpleScalingPolicyConfiguration, (s, v) => s with { SimpleScalingPolicyConfiguration = v }, MemberLimits.Of(required: true));
}
