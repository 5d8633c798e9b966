using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>PutBlockPublicAccessConfigurationInput</c> structure of the EMR API: the account's block public access setting for a Region.</summary>
public sealed record PutBlockPublicAccessConfigurationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    public BlockPublicAccessConfigurationSpec? BlockPublicAccessConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<PutBlockPublicAccessConfigurationSpec> Shape = new ApiShape<PutBlockPublicAccessConfigurationSpec>("PutBlockPublicAccessConfigurationInput", () => new PutBlockPublicAccessConfigurationSpec())
        .Member("BlockPublicAccessConfiguration", Codec.Object(() => BlockPublicAccessConfigurationSpec.Shape), s => s.BlockPublicAccessConfiguration, (s, v) => s with { BlockPublicAccessConfiguration = v }, MemberLimits.Of(required: true));
}
