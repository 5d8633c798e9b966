using System;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// One instance group (<c>InstanceGroupConfig</c>): its market, bid price, EBS volumes, configurations and
/// automatic scaling. Immutable; written inside <c>.Master(...)</c>, <c>.Core(...)</c> or <c>.Task(...)</c>.
/// </summary>
public sealed class InstanceGroup : IHoldsApiSpec
{
    internal InstanceGroup(InstanceGroupSpec spec) => Spec = spec;

    /// <summary>The instance group written so far.</summary>
    public InstanceGroupSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>The friendly name of the group; a task group with the same name replaces an earlier one.</summary>
    public InstanceGroup Named(string name) => With(g => g with { Name = Require.Name(name, nameof(name)) });

    /// <summary>The EC2 instance type of every instance in the group.</summary>
    public InstanceGroup InstanceType(string instanceType) =>
        With(g => g with { InstanceType = Require.NonEmpty(instanceType, nameof(instanceType), "An instance type") });

    /// <summary>The target number of instances.</summary>
    public InstanceGroup Count(int count) =>
        With(g => g with { InstanceCount = Require.NonNegative(count, nameof(count), "The instance count") });

    /// <summary>On-demand instances, written explicitly as <c>Market = ON_DEMAND</c>.</summary>
    public InstanceGroup OnDemand() => With(g => g with { Market = Market.OnDemand, BidPrice = null });

    /// <summary>Spot instances without a bid price: EMR caps the price at the on-demand price.</summary>
    public InstanceGroup Spot() => With(g => g with { Market = Market.Spot, BidPrice = null });

    /// <summary>Spot instances with a bid price: <see cref="EmrDsl.BidPrice.OnDemandPrice"/> or a USD amount such as <c>"0.25"</c>.</summary>
    public InstanceGroup Spot(string bidPrice) =>
        With(g => g with { Market = Market.Spot, BidPrice = Require.BidPrice(bidPrice, nameof(bidPrice)) });

    /// <summary>Spot instances with a bid price in USD per instance hour, written invariantly (0.25m is "0.25").</summary>
    public InstanceGroup Spot(decimal bidPriceUsd) =>
        With(g => g with { Market = Market.Spot, BidPrice = Require.BidPrice(bidPriceUsd, nameof(bidPriceUsd)) });

    /// <summary>Attaches EBS volumes to every instance, e.g. <c>.Ebs(VolumeType.Gp3, 256, volumesPerInstance: 2)</c>.</summary>
    public InstanceGroup Ebs(string volumeType, int sizeGiB, int? iops = null, int? throughput = null, int? volumesPerInstance = null) =>
        With(g => g with { EbsConfiguration = EbsVolumes.Add(g.EbsConfiguration, volumeType, sizeGiB, iops, throughput, volumesPerInstance) });

    /// <summary>EBS-optimized instances (<c>EbsConfiguration.EbsOptimized</c>).</summary>
    public InstanceGroup EbsOptimized(bool enabled = true) =>
        With(g => g with { EbsConfiguration = EbsVolumes.Optimized(g.EbsConfiguration, enabled) });

    /// <summary>A configuration for this group only, merged with an earlier one of the same classification.</summary>
    public InstanceGroup Configure(ConfigurationSpec configuration) =>
        With(g => g with { Configurations = ConfigurationMerge.Add(g.Configurations, Require.NotNull(configuration, nameof(configuration), "The configuration")) });

    /// <summary>A classification by name for this group only.</summary>
    public InstanceGroup Configure(string classification, Func<Classification, Classification> configure) =>
        Configure(Classifications.Of(classification, configure));

    /// <summary>A custom AMI for this group (<c>CustomAmiId</c>).</summary>
    public InstanceGroup CustomAmi(string amiId) =>
        With(g => g with { CustomAmiId = Require.NonEmpty(amiId, nameof(amiId), "A custom AMI id") });

    /// <summary>
    /// An automatic scaling policy between <paramref name="minCapacity"/> and <paramref name="maxCapacity"/>
    /// instances, with its rules, e.g. <c>.AutoScaling(2, 10, p => p.Rule("scale-out", r => ...))</c>.
    /// </summary>
    public InstanceGroup AutoScaling(int minCapacity, int maxCapacity, Func<AutoScalingPolicy, AutoScalingPolicy> rules) =>
        With(g => g with { AutoScalingPolicy = AutoScalingPolicy.Build(minCapacity, maxCapacity, rules) });

    private InstanceGroup With(Func<InstanceGroupSpec, InstanceGroupSpec> change) => new(change(Spec));
}
