using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>InstanceGroupConfig</c> structure of the EMR API. Configuration defining a new instance group.</summary>
public sealed record InstanceGroupSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Friendly name given to the instance group.</summary>
    public string? Name { get; init; }

    /// <summary>Market type of the Amazon EC2 instances used to create a cluster node.</summary>
    public Market? Market { get; init; }

    /// <summary>The role of the instance group in the cluster.</summary>
    public InstanceRole? InstanceRole { get; init; }

    /// <summary>The bid price for each Amazon EC2 Spot Instance type as defined by InstanceType.</summary>
    public string? BidPrice { get; init; }

    /// <summary>The Amazon EC2 instance type for all instances in the instance group.</summary>
    public string? InstanceType { get; init; }

    /// <summary>Target number of instances for the instance group.</summary>
    public int? InstanceCount { get; init; }

    /// <summary>Configuration classifications applied to these instances (EMR 4.x and later).</summary>
    public EquatableArray<ConfigurationSpec> Configurations { get; init; }

    /// <summary>EBS configurations that will be attached to each Amazon EC2 instance in the instance group.</summary>
    public EbsSpec? EbsConfiguration { get; init; }

    /// <summary>An automatic scaling policy for a core instance group or task instance group in an Amazon EMR cluster.</summary>
    public AutoScalingPolicySpec? AutoScalingPolicy { get; init; }

    /// <summary>The custom AMI ID to use for the provisioned instance group.</summary>
    public string? CustomAmiId { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<InstanceGroupSpec> Shape = new ApiShape<InstanceGroupSpec>("InstanceGroupConfig", () => new InstanceGroupSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(maxLength: 256))
        .Member("Market", Codec.Enum<Market>(), s => s.Market, (s, v) => s with { Market = v })
        .Member("InstanceRole", Codec.Enum<InstanceRole>(), s => s.InstanceRole, (s, v) => s with { InstanceRole = v }, MemberLimits.Of(required: true))
        .Member("BidPrice", Codec.String, s => s.BidPrice, (s, v) => s with { BidPrice = v }, MemberLimits.Of(maxLength: 256))
        .Member("InstanceType", Codec.String, s => s.InstanceType, (s, v) => s with { InstanceType = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 256))
        .Member("InstanceCount", Codec.Int, s => s.InstanceCount, (s, v) => s with { InstanceCount = v }, MemberLimits.Of(required: true))
        .Member("Configurations", Codec.ObjectList(() => ConfigurationSpec.Shape), s => s.Configurations, (s, v) => s with { Configurations = v })
        .Member("EbsConfiguration", Codec.Object(() => EbsSpec.Shape), s => s.EbsConfiguration, (s, v) => s with { EbsConfiguration = v })
        .Member("AutoScalingPolicy", Codec.Object(() => AutoScalingPolicySpec.Shape), s => s.AutoScalingPolicy, (s, v) => s with { AutoScalingPolicy = v })
        .Member("CustomAmiId", Codec.String, s => s.CustomAmiId, (s, v) => s with { CustomAmiId = v }, MemberLimits.Of(maxLength: 256));
}
