using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>InstanceFleetProvisioningSpecifications</c> structure of the EMR API. The launch specification for On-Demand and Spot Instances in the fleet.</summary>
public sealed record FleetLaunchSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The launch specification for Spot instances in the fleet, which determines the allocation strategy, defined duration, and provisioning timeout behavior.</summary>
    public SpotProvisioningSpec? SpotSpecification { get; init; }

    /// <summary>The launch specification for On-Demand Instances in the instance fleet, which determines the allocation strategy and capacity reservation options.</summary>
    public OnDemandProvisioningSpec? OnDemandSpecification { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<FleetLaunchSpec> Shape = new ApiShape<FleetLaunchSpec>("InstanceFleetProvisioningSpecifications", () => new FleetLaunchSpec())
        .Member("SpotSpecification", Codec.Object(() => SpotProvisioningSpec.Shape), s => s.SpotSpecification, (s, v) => s with { SpotSpecification = v })
        .Member("OnDemandSpecification", Codec.Object(() => OnDemandProvisioningSpec.Shape), s => s.OnDemandSpecification, (s, v) => s with { OnDemandSpecification = v });
}
