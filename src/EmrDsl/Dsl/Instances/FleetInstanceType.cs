using System;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>One instance type of an instance fleet (<c>InstanceTypeConfig</c>): its weight, spot bid, EBS and configurations.</summary>
public sealed class FleetInstanceType : IHoldsApiSpec
{
    internal FleetInstanceType(InstanceTypeSpec spec) => Spec = spec;

    /// <summary>The instance type configuration written so far.</summary>
    public InstanceTypeSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>How many capacity units one instance of this type counts for (<c>WeightedCapacity</c>).</summary>
    public FleetInstanceType Weight(int weightedCapacity) =>
        With(t => t with { WeightedCapacity = Require.Positive(weightedCapacity, nameof(weightedCapacity), "The weighted capacity") });

    /// <summary>The spot bid: <see cref="EmrDsl.BidPrice.OnDemandPrice"/> or a USD amount such as <c>"0.25"</c>.</summary>
    public FleetInstanceType BidPrice(string bidPrice) =>
        With(t => t with { BidPrice = Require.BidPrice(bidPrice, nameof(bidPrice)), BidPriceAsPercentageOfOnDemandPrice = null });

    /// <summary>The spot bid in USD per instance hour, written invariantly.</summary>
    public FleetInstanceType BidPrice(decimal bidPriceUsd) =>
        With(t => t with { BidPrice = Require.BidPrice(bidPriceUsd, nameof(bidPriceUsd)), BidPriceAsPercentageOfOnDemandPrice = null });

    /// <summary>The spot bid as a percentage of the on-demand price (<c>BidPriceAsPercentageOfOnDemandPrice</c>).</summary>
    public FleetInstanceType BidPercentOfOnDemand(double percent) =>
        With(t => t with { BidPriceAsPercentageOfOnDemandPrice = Require.NonNegative(percent, nameof(percent), "The bid percentage"), BidPrice = null });

    /// <summary>Attaches EBS volumes to every instance of this type.</summary>
    public FleetInstanceType Ebs(string volumeType, int sizeGiB, int? iops = null, int? throughput = null, int? volumesPerInstance = null) =>
        With(t => t with { EbsConfiguration = EbsVolumes.Add(t.EbsConfiguration, volumeType, sizeGiB, iops, throughput, volumesPerInstance) });

    /// <summary>EBS-optimized instances.</summary>
    public FleetInstanceType EbsOptimized(bool enabled = true) =>
        With(t => t with { EbsConfiguration = EbsVolumes.Optimized(t.EbsConfiguration, enabled) });

    /// <summary>A configuration for instances of this type only, merged with an earlier one of the same classification.</summary>
    public FleetInstanceType Configure(ConfigurationSpec configuration) =>
        With(t => t with { Configurations = ConfigurationMerge.Add(t.Configurations, Require.NotNull(configuration, nameof(configuration), "The configuration")) });

    /// <summary>A classification by name for instances of this type only.</summary>
    public FleetInstanceType Configure(string classification, Func<Classification, Classification> configure) =>
        Configure(Classifications.Of(classification, configure));

    /// <summary>A custom AMI for instances of this type.</summary>
    public FleetInstanceType CustomAmi(string amiId) =>
        With(t => t with { CustomAmiId = Require.NonEmpty(amiId, nameof(amiId), "A custom AMI id") });

    /// <summary>The launch priority under a prioritized allocation strategy (0 is highest).</summary>
    public FleetInstanceType Priority(double priority) =>
        With(t => t with { Priority = Require.NonNegative(priority, nameof(priority), "The priority") });

    private FleetInstanceType With(Func<InstanceTypeSpec, InstanceTypeSpec> change) => new(change(Spec));
}
