using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>
/// The <c>BlockPublicAccessConfiguration</c> structure of the EMR API: whether EMR refuses to create clusters whose security
/// groups allow inbound traffic from 0.0.0.0/0 or ::/0, and on which ports it still allows that. It applies to every
/// cluster of the account in the Region.
/// </summary>
public sealed record BlockPublicAccessConfigurationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>True: EMR blocks public security group rules (except on the permitted ranges).</summary>
    public bool? BlockPublicSecurityGroupRules { get; init; }

    /// <summary>The ports and port ranges public rules may still open (the API's default list holds port 22).</summary>
    public EquatableArray<PortRangeSpec> PermittedPublicSecurityGroupRuleRanges { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<BlockPublicAccessConfigurationSpec> Shape = new ApiShape<BlockPublicAccessConfigurationSpec>("BlockPublicAccessConfiguration", () => new BlockPublicAccessConfigurationSpec())
        .Member("BlockPublicSecurityGroupRules", Codec.Bool, s => s.BlockPublicSecurityGroupRules, (s, v) => s with { BlockPublicSecurityGroupRules = v }, MemberLimits.Of(required: true))
        .Member("PermittedPublicSecurityGroupRuleRanges", Codec.ObjectList(() => PortRangeSpec.Shape), s => s.PermittedPublicSecurityGroupRuleRanges, (s, v) => s with { PermittedPublicSecurityGroupRuleRanges = v });
}
