using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>PlacementGroupConfig</c> structure of the EMR API. Placement group configuration for an Amazon EMR cluster.</summary>
public sealed record PlacementGroupSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Role of the instance in the cluster.</summary>
    public InstanceRole? InstanceRole { get; init; }

    /// <summary>Amazon EC2 Placement Group strategy associated with instance role.</summary>
    public PlacementGroupStrategy? PlacementStrategy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<PlacementGroupSpec> Shape = new ApiShape<PlacementGroupSpec>("PlacementGroupConfig", () => new PlacementGroupSpec())
        .Member("InstanceRole", Codec.Enum<InstanceRole>(), s => s.InstanceRole, (s, v) => s with { InstanceRole = v }, MemberLimits.Of(required: true))
        .Member("PlacementStrategy", Codec.Enum<PlacementGroupStrategy>(), s => s.PlacementStrategy, (s, v) => s with { PlacementStrategy = v });
}
