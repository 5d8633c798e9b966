using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>PlacementType</c> structure of the EMR API. The Amazon EC2 Availability Zone configuration of the cluster (job flow).</summary>
public sealed record PlacementSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Amazon EC2 Availability Zone for the cluster.</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary>When multiple Availability Zones are specified, Amazon EMR evaluates them and launches instances in the optimal Availability Zone.</summary>
    public EquatableArray<string> AvailabilityZones { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<PlacementSpec> Shape = new ApiShape<PlacementSpec>("PlacementType", () => new PlacementSpec())
        .Member("AvailabilityZone", Codec.String, s => s.AvailabilityZone, (s, v) => s with { AvailabilityZone = v }, MemberLimits.Of(maxLength: 10280))
        .Member("AvailabilityZones", Codec.StringList, s => s.AvailabilityZones, (s, v) => s with { AvailabilityZones = v });
}
