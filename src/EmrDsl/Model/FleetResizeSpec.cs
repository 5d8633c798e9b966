using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>InstanceFleetResizingSpecifications</c> structure of the EMR API. The resize specification for On-Demand and Spot Instances in the fleet.</summary>
public sealed record FleetResizeSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The resize specification for Spot Instances in the instance fleet, which contains the allocation strategy and the resize timeout period.</summary>
    public SpotResizeSpec? SpotResizeSpecification { get; init; }

    /// <summary>The resize specification for On-Demand Instances in the instance fleet, which contains the allocation strategy, capacity reservation options, and the resize timeout period.</summary>
    public OnDemandResizeSpec? OnDemandResizeSpecification { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<FleetResizeSpec> Shape = new ApiShape<FleetResizeSpec>("InstanceFleetResizingSpecifications", () => new FleetResizeSpec())
        .Member("SpotResizeSpecification", Codec.Object(() => SpotResizeSpec.Shape), s => s.SpotResizeSpecification, (s, v) => s with { SpotResizeSpecification = v })
        .Member("OnDemandResizeSpecification", Codec.Object(() => OnDemandResizeSpec.Shape), s => s.OnDemandResizeSpecification, (s, v) => s with { OnDemandResizeSpecification = v });
}
