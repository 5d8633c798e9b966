using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// EbsConfiguration as <c>ebs_config</c> blocks. The provider's ebs_config is a set, so two identical
/// device configs would merge into one and lose volumes: that is reported, with the fix.
/// </summary>
internal static class EbsConfigBlocks
{
    /// <summary>Which ebs_config arguments the target block has (the cluster's group blocks know <c>throughput</c>; the others do not).</summary>
    public enum Throughput
    {
        Supported,
        Unsupported,
    }

    public static List<TerraformBody> From(EbsSpec? ebs, string path, Throughput throughput)
    {
        var blocks = new List<TerraformBody>();
        if (ebs is null)
        {
            return blocks;
        }

        var seen = new HashSet<EbsBlockDeviceSpec>();
        for (var i = 0; i < ebs.EbsBlockDeviceConfigs.Count; i++)
        {
            var device = ebs.EbsBlockDeviceConfigs[i];
            var devicePath = Unrepresentable.Index(path + ".EbsBlockDeviceConfigs", i);
            var volume = Unrepresentable.Require(device.VolumeSpecification, devicePath + ".VolumeSpecification", "ebs_config needs the volume's size and type: add a VolumeSpecification.");
            Unrepresentable.Reject(!seen.Add(device), devicePath, "this EBS device config repeats an earlier one; Terraform's ebs_config is a set and would keep only one. Write one config with VolumesPerInstance set to the total instead.");
            Unrepresentable.Reject(throughput == Throughput.Unsupported && volume.Throughput is not null, devicePath + ".VolumeSpecification.Throughput", "this resource's ebs_config has no throughput argument in the Terraform AWS provider; remove Throughput (gp3 then gets its baseline throughput).");

            blocks.Add(new TerraformBody()
                .Number("iops", volume.Iops)
                .Number("size", Unrepresentable.Require(volume.SizeInGB, devicePath + ".VolumeSpecification.SizeInGB", "ebs_config requires a size: set SizeInGB."))
                .Number("throughput", volume.Throughput)
                .String("type", Unrepresentable.Require(volume.VolumeType, devicePath + ".VolumeSpecification.VolumeType", "ebs_config requires a type: set VolumeType (gp3, gp2, io1, io2, standard, st1 or sc1)."))
                .Number("volumes_per_instance", device.VolumesPerInstance));
        }

        return blocks;
    }

    /// <summary>
    /// The cluster's group and fleet blocks have no <c>ebs_optimized</c> argument and the provider never sends
    /// EbsOptimized, so the API's default (false) applies: true cannot be expressed there.
    /// </summary>
    public static void RejectEbsOptimized(EbsSpec? ebs, string path) =>
        Unrepresentable.Reject(ebs?.EbsOptimized == true, path + ".EbsOptimized", "Terraform's aws_emr_cluster instance group and fleet blocks have no ebs_optimized argument, so EBS optimization cannot be requested here; remove EbsOptimized (or use a task aws_emr_instance_group, which has ebs_optimized).");
}
