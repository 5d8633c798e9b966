using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ComputeLimits</c> structure of the EMR API. The Amazon EC2 unit limits for a managed scaling policy.</summary>
public sealed record ComputeLimitsSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The unit type used for specifying a managed scaling policy.</summary>
    public ComputeLimitsUnitType? UnitType { get; init; }

    /// <summary>The lower boundary of Amazon EC2 units.</summary>
    public int? MinimumCapacityUnits { get; init; }

    /// <summary>The upper boundary of Amazon EC2 units.</summary>
    public int? MaximumCapacityUnits { get; init; }

    /// <summary>The upper boundary of On-Demand Amazon EC2 units.</summary>
    public int? MaximumOnDemandCapacityUnits { get; init; }

    /// <summary>The upper boundary of Amazon EC2 units for core node type in a cluster.</summary>
    public int? MaximumCoreCapacityUnits { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ComputeLimitsSpec> Shape = new ApiShape<ComputeLimitsSpec>("ComputeLimits", () => new ComputeLimitsSpec())
        .Member("UnitType", Codec.Enum<ComputeLimitsUnitType>(), s => s.UnitType, (s, v) => s with { UnitType = v }, MemberLimits.Of(required: true))
        .Member("MinimumCapacityUnits", Codec.Int, s => s.MinimumCapacityUnits, (s, v) => s with { MinimumCapacityUnits = v }, MemberLimits.Of(required: true))
        .Member("MaximumCapacityUnits", Codec.Int, s => s.MaximumCapacityUnits, (s, v) => s with { MaximumCapacityUnits = v }, MemberLimits.Of(required: true))
        .Member("MaximumOnDemandCapacityUnits", Codec.Int, s => s.MaximumOnDemandCapacityUnits, (s, v) => s with { MaximumOnDemandCapacityUnits = v })
        .Member("MaximumCoreCapacityUnits", Codec.Int, s => s.MaximumCoreCapacityUnits, (s, v) => s with { MaximumCoreCapacityUnits = v });
}
