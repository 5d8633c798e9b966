using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>RetryPolicyConfiguration</c> structure of the EMR on EKS API. The configuration of the retry policy that the job runs on.</summary>
public sealed record EksRetryPolicySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The maximum number of attempts on the job's driver.</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksRetryPolicySpec> Shape = new ApiShape<EksRetryPolicySpec>("RetryPolicyConfiguration", () => new EksRetryPolicySpec())
        .Member("maxAttempts", Codec.Int, s => s.MaxAttempts, (s, v) => s with { MaxAttempts = v }, MemberLimits.Of(required: true));
}
