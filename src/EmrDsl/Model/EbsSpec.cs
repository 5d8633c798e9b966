using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>EbsConfiguration</c> structure of the EMR API. The Amazon EBS configuration of a cluster instance.</summary>
public sealed record EbsSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>An array of Amazon EBS volume specifications attached to a cluster instance.</summary>
    public EquatableArray<EbsBlockDeviceSpec> EbsBlockDeviceConfigs { get; init; }

    /// <summary>Indicates whether an Amazon EBS volume is EBS-optimized.</summary>
    public bool? EbsOptimized { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EbsSpec> Shape = new ApiShape<EbsSpec>("EbsConfiguration", () => new EbsSpec())
        .Member("EbsBlockDeviceConfigs", Codec.ObjectList(() => EbsBlockDeviceSpec.Shape), s => s.EbsBlockDeviceConfigs, (s, v) => s with { EbsBlockDeviceConfigs = v })
        .Member("EbsOptimized", Codec.Bool, s => s.EbsOptimized, (s, v) => s with { EbsOptimized = v });
}
