using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>IdentityCenterConfigurationInput</c> structure of the EMR Serverless API. The IAM Identity Center Configuration accepts the Identity Center instance parameter required to enable trusted identity propagation.</summary>
public sealed record IdentityCenterSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The ARN of the IAM Identity Center instance.</summary>
    public string? IdentityCenterInstanceArn { get; init; }

    /// <summary>Enables user background sessions for this application so Livy sessions can continue running after users log out of their interactive notebook or their Identity Center sessions expire.</summary>
    public bool? UserBackgroundSessionsEnabled { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<IdentityCenterSpec> Shape = new ApiShape<IdentityCenterSpec>("IdentityCenterConfigurationInput", () => new IdentityCenterSpec())
        .Member("identityCenterInstanceArn", Codec.String, s => s.IdentityCenterInstanceArn, (s, v) => s with { IdentityCenterInstanceArn = v }, MemberLimits.Of(minLength: 10, maxLength: 1024))
        .Member("userBackgroundSessionsEnabled", Codec.Bool, s => s.UserBackgroundSessionsEnabled, (s, v) => s with { UserBackgroundSessionsEnabled = v });
}
