using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>PortRange</c> structure of the EMR API: one port (<c>MinRange</c> alone, or equal bounds) or a range.</summary>
public sealed record PortRangeSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    public int? MinRange { get; init; }

    public int? MaxRange { get; init; }

    /// <summary>The highest port the range opens: <see cref="MaxRange"/>, or <see cref="MinRange"/> when it is a single port.</summary>
    public int? Highest => MaxRange ?? MinRange;

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<PortRangeSpec> Shape = new ApiShape<PortRangeSpec>("PortRange", () => new PortRangeSpec())
        .Member("MinRange", Codec.Int, s => s.MinRange, (s, v) => s with { MinRange = v }, MemberLimits.Of(required: true, min: -1, max: 65535))
        .Member("MaxRange", Codec.Int, s => s.MaxRange, (s, v) => s with { MaxRange = v }, MemberLimits.Of(min: -1, max: 65535));
}
