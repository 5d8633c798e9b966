using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>JobRunExecutionIamPolicy</c> structure of the EMR Serverless API. Optional IAM policy.</summary>
public sealed record ExecutionIamPolicySpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>An IAM inline policy to use as an execution IAM policy.</summary>
    public string? Policy { get; init; }

    /// <summary>A list of Amazon Resource Names (ARNs) to use as an execution IAM policy.</summary>
    public EquatableArray<string> PolicyArns { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ExecutionIamPolicySpec> Shape = new ApiShape<ExecutionIamPolicySpec>("JobRunExecutionIamPolicy", () => new ExecutionIamPolicySpec())
        .Member("policy", Codec.String, s => s.Policy, (s, v) => s with { Policy = v }, MemberLimits.Of(minLength: 1, maxLength: 2048))
        .Member("policyArns", Codec.StringList, s => s.PolicyArns, (s, v) => s with { PolicyArns = v }, MemberLimits.Of(maxLength: 10));
}
