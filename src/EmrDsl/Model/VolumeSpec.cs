using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>VolumeSpecification</c> structure of the EMR API. EBS volume specifications such as volume type, IOPS, size (GiB) and throughput (MiB/s) that are requested for the EBS volume attached to an Amazon EC2 instance in the cluster.</summary>
public sealed record VolumeSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The volume type.</summary>
    public string? VolumeType { get; init; }

    /// <summary>The number of I/O operations per second (IOPS) that the volume supports.</summary>
    public int? Iops { get; init; }

    /// <summary>The volume size, in gibibytes (GiB).</summary>
    public int? SizeInGB { get; init; }

    /// <summary>The throughput, in mebibyte per second (MiB/s).</summary>
    public int? Throughput { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<VolumeSpec> Shape = new ApiShape<VolumeSpec>("VolumeSpecification", () => new VolumeSpec())
        .Member("VolumeType", Codec.String, s => s.VolumeType, (s, v) => s with { VolumeType = v }, MemberLimits.Of(required: true))
        .Member("Iops", Codec.Int, s => s.Iops, (s, v) => s with { Iops = v })
        .Member("SizeInGB", Codec.Int, s => s.SizeInGB, (s, v) => s with { SizeInGB = v }, MemberLimits.Of(required: true))
        .Member("Throughput", Codec.Int, s => s.Throughput, (s, v) => s with { Throughput = v }, MemberLimits.Of(min: 0));
}
