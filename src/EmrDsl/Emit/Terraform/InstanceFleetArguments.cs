using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Instance fleets: MASTER and CORE become the cluster's <c>master_instance_fleet</c> and
/// <c>core_instance_fleet</c> blocks; the TASK fleet (EMR allows one) becomes an <c>aws_emr_instance_fleet</c>
/// resource with the cluster's resource name.
/// </summary>
internal static class InstanceFleetArguments
{
    private const string Path = "Instances.InstanceFleets";

    public static void Add(IReadOnlyList<InstanceFleetSpec> fleets, TerraformBody cluster, TerraformDocument document, string name)
    {
        var seen = new Dictionary<InstanceFleetType, int>();
        for (var i = 0; i < fleets.Count; i++)
        {
            var fleet = fleets[i];
            var path = Unrepresentable.Index(Path, i);
            var type = Unrepresentable.Require(fleet.InstanceFleetType, path + ".InstanceFleetType", "set InstanceFleetType to MASTER, CORE or TASK.");
            if (seen.TryGetValue(type, out var first))
            {
                throw new TerraformConversionException(path, $"a second {ApiText.Enum<InstanceFleetType>(type)} fleet (the first is {Unrepresentable.Index(Path, first)}); a cluster has at most one fleet of each type.");
            }

            seen.Add(type, i);
            var body = FleetArguments(fleet, path);
            switch (type)
            {
                case InstanceFleetType.Master:
                    cluster.Block("master_instance_fleet", body);
                    break;
                case InstanceFleetType.Core:
                    cluster.Block("core_instance_fleet", body);
                    break;
                default:
                    document.Add(TerraformDocument.InstanceFleet, name, body.Reference("cluster_id", TerraformDocument.Cluster, name, "id"));
                    break;
            }
        }

        Unrepresentable.Reject(!seen.ContainsKey(InstanceFleetType.Master), Path, "there is no MASTER fleet; aws_emr_cluster needs a master_instance_fleet (or instance groups).");
    }

    private static TerraformBody FleetArguments(InstanceFleetSpec fleet, string path)
    {
        Unrepresentable.Reject(fleet.ResizeSpecifications is not null, path + ".ResizeSpecifications", "the Terraform AWS provider has no argument for fleet resize specifications; remove ResizeSpecifications (EMR then uses its default resize timeouts).");
        Unrepresentable.Reject(fleet.Context is not null, path + ".Context", "the Terraform AWS provider has no argument for the reserved Context member; remove it.");

        var typeConfigs = new List<TerraformBody>();
        var seen = new HashSet<InstanceTypeSpec>();
        for (var i = 0; i < fleet.InstanceTypeConfigs.Count; i++)
        {
            var config = fleet.InstanceTypeConfigs[i];
            var configPath = Unrepresentable.Index(path + ".InstanceTypeConfigs", i);
            Unrepresentable.Reject(!seen.Add(config), configPath, "this instance type config repeats an earlier one; Terraform's instance_type_configs is a set and would keep only one. Remove the duplicate.");
            typeConfigs.Add(InstanceTypeConfig(config, configPath));
        }

        return new TerraformBody()
            .Blocks("instance_type_configs", typeConfigs)
            .Block("launch_specifications", LaunchSpecifications(fleet.LaunchSpecifications, path + ".LaunchSpecifications"))
            .String("name", fleet.Name)
            .Number("target_on_demand_capacity", fleet.TargetOnDemandCapacity)
            .Number("target_spot_capacity", fleet.TargetSpotCapacity);
    }

    private static TerraformBody InstanceTypeConfig(InstanceTypeSpec config, string path)
    {
        Unrepresentable.Reject(config.CustomAmiId is not null, path + ".CustomAmiId", "the Terraform AWS provider has no per-instance-type custom AMI; use the cluster's CustomAmiId (custom_ami_id) instead.");
        Unrepresentable.Reject(config.Priority is not null, path + ".Priority", "the Terraform AWS provider has no priority argument for instance type configs; remove Priority.");
        EbsConfigBlocks.RejectEbsOptimized(config.EbsConfiguration, path + ".EbsConfiguration");

        var configurations = new List<TerraformBody>();
        for (var i = 0; i < config.Configurations.Count; i++)
        {
            var configuration = config.Configurations[i];
            var configurationPath = Unrepresentable.Index(path + ".Configurations", i);
            Unrepresentable.Reject(!configuration.Configurations.IsEmpty, configurationPath + ".Configurations", "instance_type_configs' configurations blocks hold a classification and properties only, not nested configurations; flatten them or move them to the cluster's Configurations.");
            configurations.Add(new TerraformBody()
                .String("classification", configuration.Classification)
                .Map("properties", configuration.Properties, configurationPath + ".Properties"));
        }

        return new TerraformBody()
            .String("bid_price", config.BidPrice)
            .Number("bid_price_as_percentage_of_on_demand_price", config.BidPriceAsPercentageOfOnDemandPrice)
            .Blocks("configurations", configurations)
            .Blocks("ebs_config", EbsConfigBlocks.From(config.EbsConfiguration, path + ".EbsConfiguration", EbsConfigBlocks.Throughput.Unsupported))
            .String("instance_type", Unrepresentable.Require(config.InstanceType, path + ".InstanceType", "set InstanceType."))
            .Number("weighted_capacity", config.WeightedCapacity);
    }

    private static TerraformBody? LaunchSpecifications(FleetLaunchSpec? launch, string path)
    {
        if (launch is null)
        {
            return null;
        }

        var body = new TerraformBody();
        if (launch.SpotSpecification is { } spot)
        {
            var spotPath = path + ".SpotSpecification";
            body.Blocks("spot_specification", new[]
            {
                new TerraformBody()
                    .String("allocation_strategy", ApiText.Enum(Unrepresentable.Require(spot.AllocationStrategy, spotPath + ".AllocationStrategy", "Terraform's spot_specification requires allocation_strategy; set AllocationStrategy (e.g. price-capacity-optimized).")))
                    .Number("block_duration_minutes", spot.BlockDurationMinutes)
                    .String("timeout_action", ApiText.Enum(Unrepresentable.Require(spot.TimeoutAction, spotPath + ".TimeoutAction", "set TimeoutAction (SWITCH_TO_ON_DEMAND or TERMINATE_CLUSTER).")))
                    .Number("timeout_duration_minutes", Unrepresentable.Require(spot.TimeoutDurationMinutes, spotPath + ".TimeoutDurationMinutes", "set TimeoutDurationMinutes.")),
            });
        }

        if (launch.OnDemandSpecification is { } onDemand)
        {
            var onDemandPath = path + ".OnDemandSpecification";
            Unrepresentable.Reject(onDemand.CapacityReservationOptions is not null, onDemandPath + ".CapacityReservationOptions", "the Terraform AWS provider has no argument for capacity reservation options; remove CapacityReservationOptions.");
            body.Blocks("on_demand_specification", new[]
            {
                new TerraformBody()
                    .String("allocation_strategy", ApiText.Enum(Unrepresentable.Require(onDemand.AllocationStrategy, onDemandPath + ".AllocationStrategy", "set AllocationStrategy (lowest-price or prioritized)."))),
            });
        }

        return body;
    }
}
