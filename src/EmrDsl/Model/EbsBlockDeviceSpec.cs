using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>EbsBlockDeviceConfig</c> structure of the EMR API. Configuration of requested EBS block device associated with the instance group with count of volumes that are associated to every instance.</summary>
public sealed record EbsBlockDeviceSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>EBS volume specifications such as volume type, IOPS, size (GiB) and throughput (MiB/s) that are requested for the EBS volume attached to an Amazon EC2 instance in the cluster.</summary>
    public VolumeSpec? VolumeSpecification { get; init; }

    /// <summary>Number of EBS volumes with a specific volume configuration that are associated with every instance in the instance group.</summary>
    public int? VolumesPerInstance { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EbsBlockDeviceSpec> Shape = new ApiShape<EbsBlockDeviceSpec>("EbsBlockDeviceConfig", () => new EbsBlockDeviceSpec())
        .Member("VolumeSpecification", Codec.Object(() => VolumeSpec.Shape), s => s.VolumeSpecification, (s, v) => s with { VolumeSpecification = v }, MemberLimits.Of(required: true))
        .Member("VolumesPerInstance", Codec.Int, s => s.VolumesPerInstance, (s, v) => s with { VolumesPerInstance = v });
}
