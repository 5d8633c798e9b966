using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>InstanceFleetConfig</c> structure of the EMR API. The configuration that defines an instance fleet.</summary>
public sealed record InstanceFleetSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The friendly name of the instance fleet.</summary>
    public string? Name { get; init; }

    /// <summary>The node type that the instance fleet hosts.</summary>
    public InstanceFleetType? InstanceFleetType { get; init; }

    /// <summary>The target capacity of On-Demand units for the instance fleet, which determines how many On-Demand Instances to provision.</summary>
    public int? TargetOnDemandCapacity { get; init; }

    /// <summary>The target capacity of Spot units for the instance fleet, which determines how many Spot Instances to provision.</summary>
    public int? TargetSpotCapacity { get; init; }

    /// <summary>The instance type configurations that define the Amazon EC2 instances in the instance fleet.</summary>
    public EquatableArray<InstanceTypeSpec> InstanceTypeConfigs { get; init; }

    /// <summary>The launch specification for the instance fleet.</summary>
    public FleetLaunchSpec? LaunchSpecifications { get; init; }

    /// <summary>The resize specification for the instance fleet.</summary>
    public FleetResizeSpec? ResizeSpecifications { get; init; }

    /// <summary>Reserved.</summary>
    public string? Context { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<InstanceFleetSpec> Shape = new ApiShape<InstanceFleetSpec>("InstanceFleetConfig", () => new InstanceFleetSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(maxLength: 256))
        .Member("InstanceFleetType", Codec.Enum<InstanceFleetType>(), s => s.InstanceFleetType, (s, v) => s with { InstanceFleetType = v }, MemberLimits.Of(required: true))
        .Member("TargetOnDemandCapacity", Codec.Int, s => s.TargetOnDemandCapacity, (s, v) => s with { TargetOnDemandCapacity = v }, MemberLimits.Of(min: 0))
        .Member("TargetSpotCapacity", Codec.Int, s => s.TargetSpotCapacity, (s, v) => s with { TargetSpotCapacity = v }, MemberLimits.Of(min: 0))
        .Member("InstanceTypeConfigs", Codec.ObjectList(() => InstanceTypeSpec.Shape), s => s.InstanceTypeConfigs, (s, v) => s with { InstanceTypeConfigs = v })
        .Member("LaunchSpecifications", Codec.Object(() => FleetLaunchSpec.Shape), s => s.LaunchSpecifications, (s, v) => s with { LaunchSpecifications = v })
        .Member("ResizeSpecifications", Codec.Object(() => FleetResizeSpec.Shape), s => s.ResizeSpecifications, (s, v) => s with { ResizeSpecifications = v })
        .Member("Context", Codec.String, s => s.Context, (s, v) => s with { Context = v }, MemberLimits.Of(maxLength: 256));
}
