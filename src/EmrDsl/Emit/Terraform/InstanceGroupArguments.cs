using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Instance groups: MASTER and CORE become the cluster's <c>master_instance_group</c> and
/// <c>core_instance_group</c> blocks; each TASK group becomes an <c>aws_emr_instance_group</c> resource named
/// <c>NAME_task_N</c> (N counts task groups from 1, in request order).
/// </summary>
internal static class InstanceGroupArguments
{
    private const string Path = "Instances.InstanceGroups";

    public static void Add(IReadOnlyList<InstanceGroupSpec> groups, TerraformBody cluster, TerraformDocument document, string name)
    {
        int? master = null;
        int? core = null;
        var taskNumber = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var path = Unrepresentable.Index(Path, i);
            switch (Unrepresentable.Require(group.InstanceRole, path + ".InstanceRole", "set InstanceRole to MASTER, CORE or TASK."))
            {
                case InstanceRole.Master:
                    Unrepresentable.Reject(master is not null, path, $"a second MASTER group (the first is {Unrepresentable.Index(Path, master ?? 0)}); a cluster has one master group.");
                    master = i;
                    Unrepresentable.Reject(group.AutoScalingPolicy is not null, path + ".AutoScalingPolicy", "master_instance_group has no autoscaling_policy (EMR scales only core and task groups); remove it.");
                    cluster.Block("master_instance_group", ClusterGroupBlock(group, path));
                    break;
                case InstanceRole.Core:
                    Unrepresentable.Reject(core is not null, path, $"a second CORE group (the first is {Unrepresentable.Index(Path, core ?? 0)}); a cluster has one core group.");
                    core = i;
                    cluster.Block("core_instance_group", ClusterGroupBlock(group, path)
                        .String("autoscaling_policy", ApiText.AutoScalingPolicy(group.AutoScalingPolicy)));
                    break;
                default:
                    taskNumber++;
                    document.Add(
                        TerraformDocument.InstanceGroup,
                        name + "_task_" + taskNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        TaskGroupResource(group, path, name));
                    break;
            }
        }

        Unrepresentable.Reject(master is null, Path, "there is no MASTER group; aws_emr_cluster needs a master_instance_group (or instance fleets).");
    }

    /// <summary>The legacy MasterInstanceType / SlaveInstanceType / InstanceCount form, as the instance groups EMR creates from it.</summary>
    public static IReadOnlyList<InstanceGroupSpec> FromLegacyForm(InstancesSpec instances)
    {
        const string path = "Instances";
        var count = Unrepresentable.Require(instances.InstanceCount, path + ".InstanceCount", "the MasterInstanceType form needs InstanceCount (the total number of instances, master included).");
        Unrepresentable.Reject(count < 1, path + ".InstanceCount", $"InstanceCount is {count}; it counts the master too, so it must be at least 1.");

        // EMR turns this form into one ON_DEMAND master and (InstanceCount - 1) ON_DEMAND core instances,
        // which are exactly the master_instance_group and core_instance_group blocks below.
        var groups = new List<InstanceGroupSpec>
        {
            new() { InstanceRole = InstanceRole.Master, InstanceType = instances.MasterInstanceType, InstanceCount = 1 },
        };
        if (count > 1)
        {
            groups.Add(new InstanceGroupSpec
            {
                InstanceRole = InstanceRole.Core,
                InstanceType = Unrepresentable.Require(instances.SlaveInstanceType, path + ".SlaveInstanceType", $"InstanceCount is {count}, so the {count - 1} core instances need SlaveInstanceType."),
                InstanceCount = count - 1,
            });
        }
        else
        {
            Unrepresentable.Reject(instances.SlaveInstanceType is not null, path + ".SlaveInstanceType", "InstanceCount is 1 (the master alone), so SlaveInstanceType would be unused; remove it or raise InstanceCount.");
        }

        return groups;
    }

    private static TerraformBody ClusterGroupBlock(InstanceGroupSpec group, string path)
    {
        Unrepresentable.Reject(!group.Configurations.IsEmpty, path + ".Configurations", "aws_emr_cluster's master/core instance group blocks take no configurations; move them to the cluster's Configurations if they may apply to every group.");
        EbsConfigBlocks.RejectEbsOptimized(group.EbsConfiguration, path + ".EbsConfiguration");
        return CommonArguments(group, path)
            .Blocks("ebs_config", EbsConfigBlocks.From(group.EbsConfiguration, path + ".EbsConfiguration", EbsConfigBlocks.Throughput.Supported));
    }

    private static TerraformBody TaskGroupResource(InstanceGroupSpec group, string path, string clusterName) =>
        CommonArguments(group, path)
            .Reference("cluster_id", TerraformDocument.Cluster, clusterName, "id")
            .String("autoscaling_policy", ApiText.AutoScalingPolicy(group.AutoScalingPolicy))
            .String("configurations_json", ApiText.Configurations(group.Configurations))
            .Bool("ebs_optimized", group.EbsConfiguration?.EbsOptimized)
            .Blocks("ebs_config", EbsConfigBlocks.From(group.EbsConfiguration, path + ".EbsConfiguration", EbsConfigBlocks.Throughput.Unsupported));

    private static TerraformBody CommonArguments(InstanceGroupSpec group, string path)
    {
        Unrepresentable.Reject(group.CustomAmiId is not null, path + ".CustomAmiId", "the Terraform AWS provider has no per-group custom AMI; use the cluster's CustomAmiId (custom_ami_id) instead.");
        return new TerraformBody()
            .String("bid_price", BidPrice(group, path))
            .Number("instance_count", Unrepresentable.Require(group.InstanceCount, path + ".InstanceCount", "set InstanceCount."))
            .String("instance_type", Unrepresentable.Require(group.InstanceType, path + ".InstanceType", "set InstanceType."))
            .String("name", group.Name);
    }

    /// <summary>
    /// The provider has no market argument: a non-empty bid_price sends Market=SPOT with that BidPrice, none
    /// sends ON_DEMAND. So SPOT maps to its BidPrice verbatim (including "OnDemandPrice", which the provider
    /// passes through unchanged, so the API sees the same request), and the combinations the provider cannot
    /// send are errors rather than a different market.
    /// </summary>
    private static string? BidPrice(InstanceGroupSpec group, string path)
    {
        var hasBid = !string.IsNullOrEmpty(group.BidPrice);
        if (group.Market == Market.Spot)
        {
            Unrepresentable.Reject(!hasBid, path + ".BidPrice", "a SPOT group without BidPrice cannot be written for Terraform: the provider requests Spot only through a non-empty bid_price. Set BidPrice, e.g. \"OnDemandPrice\" to cap at the On-Demand price.");
            return group.BidPrice;
        }

        Unrepresentable.Reject(hasBid, path + ".BidPrice", $"BidPrice is set but Market is {(group.Market is null ? "unset" : "ON_DEMAND")}; Terraform would request Spot for any bid_price. Set Market to SPOT or remove BidPrice.");
        return null;
    }
}
