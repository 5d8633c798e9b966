using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>InstanceTypeConfig</c> structure of the EMR API. An instance type configuration for each instance type in an instance fleet, which determines the Amazon EC2 instances Amazon EMR attempts to provision to fulfill On-Demand and Spot target capacities.</summary>
public sealed record InstanceTypeSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>An Amazon EC2 instance type, such as m3.xlarge.</summary>
    public string? InstanceType { get; init; }

    /// <summary>The number of units that a provisioned instance of this type provides toward fulfilling the target capacities defined in InstanceFleetConfig.</summary>
    public int? WeightedCapacity { get; init; }

    /// <summary>The bid price for each Amazon EC2 Spot Instance type as defined by InstanceType.</summary>
    public string? BidPrice { get; init; }

    /// <summary>The bid price, as a percentage of On-Demand price, for each Amazon EC2 Spot Instance as defined by InstanceType.</summary>
    public double? BidPriceAsPercentageOfOnDemandPrice { get; init; }

    /// <summary>The configuration of Amazon Elastic Block Store (Amazon EBS) attached to each instance as defined by InstanceType.</summary>
    public EbsSpec? EbsConfiguration { get; init; }

    /// <summary>A configuration classification that applies when provisioning cluster instances, which can include configurations for applications and software that run on the cluster.</summary>
    public EquatableArray<ConfigurationSpec> Configurations { get; init; }

    /// <summary>The custom AMI ID to use for the instance type.</summary>
    public string? CustomAmiId { get; init; }

    /// <summary>The priority at which Amazon EMR launches the Amazon EC2 instances with this instance type.</summary>
    public double? Priority { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<InstanceTypeSpec> Shape = new ApiShape<InstanceTypeSpec>("InstanceTypeConfig", () => new InstanceTypeSpec())
        .Member("InstanceType", Codec.String, s => s.InstanceType, (s, v) => s with { InstanceType = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 256))
        .Member("WeightedCapacity", Codec.Int, s => s.WeightedCapacity, (s, v) => s with { WeightedCapacity = v }, MemberLimits.Of(min: 0))
        .Member("BidPrice", Codec.String, s => s.BidPrice, (s, v) => s with { BidPrice = v }, MemberLimits.Of(maxLength: 256))
        .Member("BidPriceAsPercentageOfOnDemandPrice", Codec.Double, s => s.BidPriceAsPercentageOfOnDemandPrice, (s, v) => s with { BidPriceAsPercentageOfOnDemandPrice = v }, MemberLimits.Of(min: 0.0))
        .Member("EbsConfiguration", Codec.Object(() => EbsSpec.Shape), s => s.EbsConfiguration, (s, v) => s with { EbsConfiguration = v })
        .Member("Configurations", Codec.ObjectList(() => ConfigurationSpec.Shape), s => s.Configurations, (s, v) => s with { Configurations = v })
        .Member("CustomAmiId", Codec.String, s => s.CustomAmiId, (s, v) => s with { CustomAmiId = v }, MemberLimits.Of(maxLength: 256))
        .Member("Priority", Codec.Double, s => s.Priority, (s, v) => s with { Priority = v }, MemberLimits.Of(min: 0.0));
}
