using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>RetryPolicy</c> structure of the EMR Serverless API. The retry policy to use for a job run.</summary>
public sealed record RetryPolicySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Maximum number of attempts for the job run.</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>Maximum number of failed attempts per hour.</summary>
    public int? MaxFailedAttemptsPerHour { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<RetryPolicySpec> Shape = new ApiShape<RetryPolicySpec>("RetryPolicy", () => new RetryPolicySpec())
        .Member("maxAttempts", Codec.Int, s => s.MaxAttempts, (s, v) => s with { MaxAttempts = v }, MemberLimits.Of(min: 1))
        .Member("maxFailedAttemptsPerHour", Codec.Int, s => s.MaxFailedAttemptsPerHour, (s, v) => s with { MaxFailedAttemptsPerHour = v }, MemberLimits.Of(min: 1));
}
