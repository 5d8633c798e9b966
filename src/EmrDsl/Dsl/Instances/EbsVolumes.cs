using EmrDsl.Model;

namespace EmrDsl;

/// <summary>EBS settings shared by instance groups and fleet instance types.</summary>
internal static class EbsVolumes
{
    public static EbsSpec Add(EbsSpec? ebs, string volumeType, int sizeGiB, int? iops, int? throughput, int? volumesPerInstance)
    {
        var device = new EbsBlockDeviceSpec
        {
            VolumeSpecification = new VolumeSpec
            {
                VolumeType = Require.NonEmpty(volumeType, nameof(volumeType), "An EBS volume type"),
                Iops = Require.Positive(iops, nameof(iops), "The volume IOPS"),
                SizeInGB = Require.Positive(sizeGiB, nameof(sizeGiB), "The volume size"),
                Throughput = Require.Positive(throughput, nameof(throughput), "The volume throughput"),
            },
            VolumesPerInstance = Require.Positive(volumesPerInstance, nameof(volumesPerInstance), "The number of volumes per instance"),
        };
        var current = ebs ?? new EbsSpec();
        return current with { EbsBlockDeviceConfigs = current.EbsBlockDeviceConfigs.Add(device) };
    }

    public static EbsSpec Optimized(EbsSpec? ebs, bool enabled) => (ebs ?? new EbsSpec()) with { EbsOptimized = enabled };
}
