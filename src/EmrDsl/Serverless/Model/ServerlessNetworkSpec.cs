using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>NetworkConfiguration</c> structure of the EMR Serverless API. The network configuration for customer VPC connectivity.</summary>
public sealed record ServerlessNetworkSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The array of subnet Ids for customer VPC connectivity.</summary>
    public EquatableArray<string> SubnetIds { get; init; }

    /// <summary>The array of security group Ids for customer VPC connectivity.</summary>
    public EquatableArray<string> SecurityGroupIds { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ServerlessNetworkSpec> Shape = new ApiShape<ServerlessNetworkSpec>("NetworkConfiguration", () => new ServerlessNetworkSpec())
        .Member("subnetIds", Codec.StringList, s => s.SubnetIds, (s, v) => s with { SubnetIds = v }, MemberLimits.Of(maxLength: 16))
        .Member("securityGroupIds", Codec.StringList, s => s.SecurityGroupIds, (s, v) => s with { SecurityGroupIds = v }, MemberLimits.Of(maxLength: 5));
}
