using System.IO;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Terraform;

/// <summary>Cluster specs the Terraform tests share: the seed cluster, and real requests from the corpus.</summary>
internal static class TerraformSpecs
{
    /// <summary>The seed cluster: a nightly Spark/Hive ETL run on groups, with Spot task capacity.</summary>
    public static ClusterSpec Seed => new()
    {
        Name = "etl-daily-2026-04-25",
        ReleaseLabel = "emr-7.2.0",
        LogUri = "s3://my-emr-logs/",
        Applications = EquatableArray.Create(new ApplicationSpec { Name = "Spark" }, new ApplicationSpec { Name = "Hive" }),
        Instances = new InstancesSpec
        {
            InstanceGroups = EquatableArray.Create(
                Group(InstanceRole.Master, "m6g.xlarge", 1, Market.OnDemand),
                Group(InstanceRole.Core, "m6g.2xlarge", 2, Market.OnDemand),
                Group(InstanceRole.Task, "m6g.2xlarge", 8, Market.Spot) with { BidPrice = "OnDemandPrice" }),
            KeepJobFlowAliveWhenNoSteps = false,
            Ec2SubnetId = "subnet-0123456789abcdef0",
        },
        JobFlowRole = "EMR_EC2_DefaultRole",
        ServiceRole = "EMR_DefaultRole",
        VisibleToAllUsers = true,
        Steps = EquatableArray.Create(new StepSpec
        {
            Name = "Daily ETL",
            ActionOnFailure = ActionOnFailure.TerminateCluster,
            HadoopJarStep = new HadoopJarStepSpec
            {
                Jar = "command-runner.jar",
                Args = EquatableArray.Create(
                    "spark-submit", "--deploy-mode", "cluster", "s3://my-bucket/jobs/etl.py",
                    "--input", "s3://my-bucket/raw/2026-04-25/", "--output", "s3://my-bucket/curated/2026-04-25/"),
            },
        }),
        Tags = EquatableArray.Create(new MapEntry("Owner", "data-eng")),
    };

    /// <summary>The seed cluster on instance fleets: a master, a Spot core fleet of two types and a task fleet.</summary>
    public static ClusterSpec Fleets => Seed with
    {
        Instances = new InstancesSpec
        {
            Ec2SubnetIds = EquatableArray.Create("subnet-0123456789abcdef0", "subnet-0fedcba9876543210"),
            InstanceFleets = EquatableArray.Create(
                new InstanceFleetSpec
                {
                    Name = "Primary",
                    InstanceFleetType = InstanceFleetType.Master,
                    TargetOnDemandCapacity = 1,
                    InstanceTypeConfigs = EquatableArray.Create(new InstanceTypeSpec { InstanceType = "m6g.xlarge" }),
                    LaunchSpecifications = new FleetLaunchSpec { OnDemandSpecification = new OnDemandProvisioningSpec { AllocationStrategy = OnDemandAllocationStrategy.LowestPrice } },
                },
                new InstanceFleetSpec
                {
                    InstanceFleetType = InstanceFleetType.Core,
                    TargetSpotCapacity = 8,
                    InstanceTypeConfigs = EquatableArray.Create(
                        new InstanceTypeSpec
                        {
                            InstanceType = "m6g.2xlarge",
                            WeightedCapacity = 2,
                            BidPriceAsPercentageOfOnDemandPrice = 60.5,
                            EbsConfiguration = new EbsSpec
                            {
                                EbsBlockDeviceConfigs = EquatableArray.Create(new EbsBlockDeviceSpec { VolumeSpecification = new VolumeSpec { VolumeType = "gp3", SizeInGB = 256 }, VolumesPerInstance = 2 }),
                            },
                            Configurations = EquatableArray.Create(new ConfigurationSpec { Classification = "yarn-site", Properties = EquatableArray.Create(new MapEntry("yarn.nodemanager.vmem-check-enabled", "false")) }),
                        },
                        new InstanceTypeSpec { InstanceType = "r6g.2xlarge", WeightedCapacity = 2, BidPrice = "0.25" }),
                    LaunchSpecifications = new FleetLaunchSpec
                    {
                        SpotSpecification = new SpotProvisioningSpec { AllocationStrategy = SpotAllocationStrategy.PriceCapacityOptimized, TimeoutAction = SpotTimeoutAction.SwitchToOnDemand, TimeoutDurationMinutes = 20 },
                    },
                },
                new InstanceFleetSpec
                {
                    Name = "Task",
                    InstanceFleetType = InstanceFleetType.Task,
                    TargetSpotCapacity = 16,
                    InstanceTypeConfigs = EquatableArray.Create(new InstanceTypeSpec { InstanceType = "c6g.2xlarge", WeightedCapacity = 4 }),
                }),
        },
    };

    public static InstanceGroupSpec Group(InstanceRole role, string type, int count, Market market) =>
        new() { InstanceRole = role, InstanceType = type, InstanceCount = count, Market = market };

    public static ClusterSpec Corpus(string file)
    {
        var reader = new WireReader();
        var spec = ClusterSpec.Shape.Read(JsonParser.Parse(Testing.Corpus.Text(Testing.Corpus.RunJobFlow, file)), reader, string.Empty);
        Assert.Empty(reader.Errors);
        return spec;
    }
}
