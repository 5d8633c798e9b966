using System;
using System.Collections.Generic;
using EmrDsl.Emit.Terraform;
using EmrDsl.Model;
using Xunit;

namespace EmrDsl.Tests.Terraform;

/// <summary>What the Terraform AWS provider cannot express is an error naming the member, never a silent drop.</summary>
public sealed class TerraformUnrepresentableTests
{
    private static readonly ClusterSpec Seed = TerraformSpecs.Seed;

    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("AmiVersion", s => s with { AmiVersion = "3.11.0", ReleaseLabel = null }),
        Case("ReleaseLabel", s => s with { ReleaseLabel = null }),
        Case("ServiceRole", s => s with { ServiceRole = null }),
        Case("JobFlowRole", s => s with { JobFlowRole = null }),
        Case("Instances.Placement", s => s with { Instances = s.Instances! with { Placement = new PlacementSpec { AvailabilityZone = "us-east-1a" } } }),
        Case("Instances.Ec2SubnetIds", s => s with { Instances = s.Instances! with { Ec2SubnetIds = EquatableArray.Create("subnet-1") } }),
        Case("Instances.InstanceGroups[0].BidPrice", s => WithGroup(s, 0, g => g with { Market = Market.Spot })),
        Case("Instances.InstanceGroups[1].BidPrice", s => WithGroup(s, 1, g => g with { BidPrice = "0.5" })),
        Case("Instances.InstanceGroups[0].Configurations", s => WithGroup(s, 0, g => g with { Configurations = EquatableArray.Create(new ConfigurationSpec { Classification = "hive-site" }) })),
        Case("Instances.InstanceGroups[1].CustomAmiId", s => WithGroup(s, 1, g => g with { CustomAmiId = "ami-0123" })),
        Case("Instances.InstanceGroups[1].EbsConfiguration.EbsOptimized", s => WithGroup(s, 1, g => g with { EbsConfiguration = new EbsSpec { EbsOptimized = true } })),
        Case("Instances.InstanceGroups[0].AutoScalingPolicy", s => WithGroup(s, 0, g => g with { AutoScalingPolicy = new AutoScalingPolicySpec() })),
        Case("Instances.InstanceGroups[2].EbsConfiguration.EbsBlockDeviceConfigs[0].VolumeSpecification.Throughput", s => WithGroup(s, 2, g => g with { EbsConfiguration = Ebs(Gp3(125)) })),
        Case("Instances.InstanceGroups[1].EbsConfiguration.EbsBlockDeviceConfigs[1]", s => WithGroup(s, 1, g => g with { EbsConfiguration = Ebs(Gp3(null), Gp3(null)) })),
        Case("Instances.InstanceGroups[1]", s => WithGroup(s, 1, g => g with { InstanceRole = InstanceRole.Master })),
        Case("Instances.InstanceGroups", s => s with { Instances = s.Instances! with { InstanceGroups = EquatableArray.Create(s.Instances.InstanceGroups[1]) } }),
        Case("Instances.MasterInstanceType", s => s with { Instances = s.Instances! with { MasterInstanceType = "m5.xlarge", InstanceCount = 1 } }),
        Case("Instances.SlaveInstanceType", s => s with { Instances = new InstancesSpec { MasterInstanceType = "m5.xlarge", InstanceCount = 3 } }),
        Case("Instances.InstanceFleets[0].LaunchSpecifications.SpotSpecification.AllocationStrategy", s => WithFleet(s, new InstanceFleetSpec
        {
            InstanceFleetType = InstanceFleetType.Master,
            InstanceTypeConfigs = EquatableArray.Create(new InstanceTypeSpec { InstanceType = "m5.xlarge" }),
            LaunchSpecifications = new FleetLaunchSpec { SpotSpecification = new SpotProvisioningSpec { TimeoutAction = SpotTimeoutAction.SwitchToOnDemand, TimeoutDurationMinutes = 10 } },
        })),
        Case("Instances.InstanceFleets[0].ResizeSpecifications", s => WithFleet(s, new InstanceFleetSpec { InstanceFleetType = InstanceFleetType.Master, ResizeSpecifications = new FleetResizeSpec() })),
        Case("Instances.InstanceFleets[0].InstanceTypeConfigs[0].Configurations[0].Configurations", s => WithFleet(s, new InstanceFleetSpec
        {
            InstanceFleetType = InstanceFleetType.Master,
            InstanceTypeConfigs = EquatableArray.Create(new InstanceTypeSpec
            {
                InstanceType = "m5.xlarge",
                Configurations = EquatableArray.Create(new ConfigurationSpec { Classification = "spark-env", Configurations = EquatableArray.Create(new ConfigurationSpec { Classification = "export" }) }),
            }),
        })),
        Case("Steps[0].ActionOnFailure", s => s with { Steps = EquatableArray.Create(s.Steps[0] with { ActionOnFailure = null }) }),
        Case("Steps[0].StepMonitoringConfiguration", s => s with { Steps = EquatableArray.Create(s.Steps[0] with { StepMonitoringConfiguration = new StepMonitoringSpec() }) }),
        Case("Applications[0]", s => s with { Applications = EquatableArray.Create(new ApplicationSpec { Name = "Spark", Version = "3.5.1" }) }),
        Case("Applications[1]", s => s with { Applications = EquatableArray.Create(new ApplicationSpec { Name = "Spark" }, new ApplicationSpec { Name = "Spark" }) }),
        Case("Tags", s => s with { Tags = EquatableArray.Create(new MapEntry("Owner", "a"), new MapEntry("Owner", "b")) }),
        Case("EbsRootVolumeIops", s => s with { EbsRootVolumeIops = 3000 }),
        Case("StepExecutionRoleArn", s => s with { StepExecutionRoleArn = "arn:aws:iam::111122223333:role/steps" }),
        Case("ManagedScalingPolicy.ComputeLimits", s => s with { ManagedScalingPolicy = new ManagedScalingSpec() }),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unrepresentable_member_is_reported_with_its_path(string path, Func<ClusterSpec, ClusterSpec> change)
    {
        var error = Assert.Throws<TerraformConversionException>(() => TerraformJson.Write(change(Seed)));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": ", error.Message);
    }

    public static IEnumerable<object[]> LeftOutCases() => new[]
    {
        LeftOut(TerraformOmissions.LogMonitoring, "MonitoringConfiguration", s => s with { MonitoringConfiguration = new MonitoringSpec() }),
        LeftOut(TerraformOmissions.StepExecutionRole, "StepExecutionRoleArn", s => s with { StepExecutionRoleArn = "arn:aws:iam::111122223333:role/steps" }),
        LeftOut(TerraformOmissions.StepMonitoring, "Steps[0].StepMonitoringConfiguration", s => s with { Steps = EquatableArray.Create(s.Steps[0] with { StepMonitoringConfiguration = new StepMonitoringSpec() }) }),
        LeftOut(TerraformOmissions.RootVolumePerformance, "EbsRootVolumeIops", s => s with { EbsRootVolumeIops = 3000 }),
        LeftOut(TerraformOmissions.RootVolumePerformance, "EbsRootVolumeThroughput", s => s with { EbsRootVolumeThroughput = 250 }),
        LeftOut(TerraformOmissions.FleetResizeSpecifications, "Instances.InstanceFleets[0].ResizeSpecifications", s => WithFleet(s, MasterFleet() with { ResizeSpecifications = new FleetResizeSpec() })),
        LeftOut(TerraformOmissions.CapacityReservations, "Instances.InstanceFleets[0].LaunchSpecifications.OnDemandSpecification.CapacityReservationOptions", s => WithFleet(s, MasterFleet() with
        {
            LaunchSpecifications = new FleetLaunchSpec
            {
                OnDemandSpecification = new OnDemandProvisioningSpec { AllocationStrategy = OnDemandAllocationStrategy.LowestPrice, CapacityReservationOptions = new CapacityReservationSpec() },
            },
        })),
    };

    [Theory]
    [MemberData(nameof(LeftOutCases))]
    public void A_setting_the_definition_chose_to_leave_out_is_named_in_the_document_and_refused_otherwise(TerraformOmissions omission, string path, Func<ClusterSpec, ClusterSpec> change)
    {
        var spec = change(Seed);
        var options = new TerraformOptions { LeaveOut = omission };

        var json = TerraformJson.Write(spec, options);

        EmrDsl.Testing.PayloadOracle.AssertValid(json, EmrDsl.Testing.PayloadKind.Terraform);
        Assert.Equal(new[] { path }, TerraformJson.LeftOut(spec, options));
        Assert.Contains("\"//\": \"Left out, because the Terraform AWS provider has no argument for them (the RunJobFlow request keeps them): " + path + ".\"", json);
        Assert.Equal(path, Assert.Throws<TerraformConversionException>(() => TerraformJson.Write(spec, new TerraformOptions { LeaveOut = ~omission })).Path);
    }

    [Fact]
    public void Nothing_is_left_out_unless_it_was_there()
    {
        var everything = (TerraformOmissions)63;

        Assert.Empty(TerraformJson.LeftOut(Seed, new TerraformOptions { LeaveOut = everything }));
        Assert.DoesNotContain("\"//\"", TerraformJson.Write(Seed, new TerraformOptions { LeaveOut = everything }));
    }

    [Fact]
    public void Spot_group_without_bid_price_says_how_to_write_it()
    {
        var error = Assert.Throws<TerraformConversionException>(() => TerraformJson.Write(WithGroup(Seed, 2, g => g with { BidPrice = null })));

        Assert.Contains("OnDemandPrice", error.Reason);
    }

    [Fact]
    public void Security_configuration_name_must_agree_with_the_cluster()
    {
        var options = new TerraformOptions { SecurityConfiguration = new TerraformSecurityConfiguration("authored", "{}") };

        var error = Assert.Throws<TerraformConversionException>(() => TerraformJson.Write(Seed with { SecurityConfiguration = "other" }, options));

        Assert.Equal("SecurityConfiguration", error.Path);
        TerraformJson.Write(Seed with { SecurityConfiguration = "authored" }, options);
    }

    [Fact]
    public void Security_configuration_document_must_be_json()
    {
        var options = new TerraformOptions { SecurityConfiguration = new TerraformSecurityConfiguration("authored", "{\"EncryptionConfiguration\":") };

        var error = Assert.Throws<TerraformConversionException>(() => TerraformJson.Write(Seed, options));

        Assert.Equal("TerraformOptions.SecurityConfiguration.Json", error.Path);
    }

    [Theory]
    [InlineData("1cluster")]
    [InlineData("etl.daily")]
    [InlineData("")]
    public void Chosen_resource_name_must_be_a_terraform_identifier(string name)
    {
        var error = Assert.Throws<TerraformConversionException>(() => TerraformJson.Write(Seed, new TerraformOptions { ResourceName = name }));

        Assert.Equal("TerraformOptions.ResourceName", error.Path);
    }

    private static object[] LeftOut(TerraformOmissions omission, string path, Func<ClusterSpec, ClusterSpec> change) => new object[] { omission, path, change };

    private static InstanceFleetSpec MasterFleet() => new()
    {
        InstanceFleetType = InstanceFleetType.Master,
        TargetOnDemandCapacity = 1,
        InstanceTypeConfigs = EquatableArray.Create(new InstanceTypeSpec { InstanceType = "m5.xlarge" }),
    };

    private static object[] Case(string path, Func<ClusterSpec, ClusterSpec> change) => new object[] { path, change };

    private static ClusterSpec WithGroup(ClusterSpec spec, int index, Func<InstanceGroupSpec, InstanceGroupSpec> change) =>
        spec with { Instances = spec.Instances! with { InstanceGroups = spec.Instances.InstanceGroups.SetItem(index, change(spec.Instances.InstanceGroups[index])) } };

    private static ClusterSpec WithFleet(ClusterSpec spec, InstanceFleetSpec fleet) =>
        spec with { Instances = spec.Instances! with { InstanceGroups = default, InstanceFleets = EquatableArray.Create(fleet) } };

    private static EbsBlockDeviceSpec Gp3(int? throughput) =>
        new() { VolumeSpecification = new VolumeSpec { VolumeType = "gp3", SizeInGB = 100, Throughput = throughput } };

    private static EbsSpec Ebs(params EbsBlockDeviceSpec[] devices) => new() { EbsBlockDeviceConfigs = EquatableArray.Create(devices) };
}
