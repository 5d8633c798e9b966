namespace EmrDsl.Emit.CloudFormation;

/// <summary>
/// The RunJobFlow structures as the <c>AWS::EMR::*</c> property types (the CloudFormation resource schemas): nearly every
/// member keeps its name; configuration properties become <c>ConfigurationProperties</c>, a step's <c>Properties</c>
/// <c>StepProperties</c>, <c>AdditionalInfo</c> a JSON document. Members with no property are refused with the way out.
/// </summary>
internal static class ClusterShapes
{
    public const string Cluster = "AWS::EMR::Cluster";
    public const string InstanceGroupConfig = "AWS::EMR::InstanceGroupConfig";
    public const string InstanceFleetConfig = "AWS::EMR::InstanceFleetConfig";
    public const string Step = "AWS::EMR::Step";
    public const string SecurityConfiguration = "AWS::EMR::SecurityConfiguration";

    private const string RunWithRequest = "deploy this definition with its RunJobFlow request instead";

    /// <summary>The cluster's own properties; <c>Instances</c> and <c>Steps</c> are written by the caller.</summary>
    public static CloudFormationShape ClusterProperties() => new CloudFormationShape(Cluster)
        .Same("Name", "LogUri", "LogEncryptionKmsKeyId", "ReleaseLabel", "VisibleToAllUsers", "JobFlowRole", "ServiceRole", "Tags",
            "SecurityConfiguration", "AutoScalingRole", "ScaleDownBehavior", "CustomAmiId", "EbsRootVolumeSize", "StepConcurrencyLevel",
            "OSReleaseLabel", "EbsRootVolumeIops", "EbsRootVolumeThroughput")
        .JsonText("AdditionalInfo")
        .Handled("Instances", "Steps")
        .Nested("BootstrapActions", BootstrapAction)
        .Nested("Applications", Application)
        .Nested("Configurations", Configuration)
        .Nested("KerberosAttributes", Kerberos)
        .Nested("ManagedScalingPolicy", ManagedScaling)
        .Nested("PlacementGroupConfigs", () => new CloudFormationShape(Cluster).Same("InstanceRole", "PlacementStrategy"))
        .Nested("AutoTerminationPolicy", () => new CloudFormationShape(Cluster).Same("IdleTimeout"))
        .Refused("AmiVersion", "AWS::EMR::Cluster takes ReleaseLabel only; AMI-version clusters (EMR 2.x/3.x) cannot be written as a template. Use a ReleaseLabel such as emr-7.2.0.")
        .Refused("StepExecutionRoleArn", "AWS::EMR::Cluster has no step execution role property; remove StepExecutionRoleArn, or submit runtime-role steps with AddJobFlowSteps (an [EmrSteps] definition).")
        .Refused("SupportedProducts", "supported products are an EMR 2.x/3.x feature with no AWS::EMR::Cluster property; list Applications instead.")
        .Refused("NewSupportedProducts", "supported products are an EMR 2.x/3.x feature with no AWS::EMR::Cluster property; list Applications instead.")
        .Refused("RepoUpgradeOnBoot", "AWS::EMR::Cluster has no RepoUpgradeOnBoot property; remove it, or " + RunWithRequest + ".")
        .Refused("ExtendedSupport", "AWS::EMR::Cluster has no ExtendedSupport property; remove it, or " + RunWithRequest + ".")
        .Refused("MonitoringConfiguration", "AWS::EMR::Cluster has no MonitoringConfiguration property (CloudWatch agent logs); remove it, or " + RunWithRequest + ".")
        .Refused("SessionEnabled", "AWS::EMR::Cluster has no property for Spark Connect sessions; remove SessionEnabled, or " + RunWithRequest + ".")
        .Requires("Name", "set the cluster Name.")
        .Requires("JobFlowRole", "set the instance profile (Roles(service: ..., instanceProfile: \"EMR_EC2_DefaultRole\")).")
        .Requires("ServiceRole", "set the service role (Roles(service: \"EMR_DefaultRole\", ...)).");

    /// <summary>JobFlowInstancesConfig without the capacity members, which the caller writes as groups or fleets.</summary>
    public static CloudFormationShape Instances() => new CloudFormationShape(Cluster)
        .Same("Ec2KeyName", "KeepJobFlowAliveWhenNoSteps", "TerminationProtected", "UnhealthyNodeReplacement", "HadoopVersion", "Ec2SubnetId", "Ec2SubnetIds",
            "EmrManagedMasterSecurityGroup", "EmrManagedSlaveSecurityGroup", "ServiceAccessSecurityGroup", "AdditionalMasterSecurityGroups", "AdditionalSlaveSecurityGroups")
        .Handled("MasterInstanceType", "SlaveInstanceType", "InstanceCount", "InstanceGroups", "InstanceFleets")
        .Nested("Placement", () => new CloudFormationShape(Cluster)
            .Same("AvailabilityZone")
            .Refused("AvailabilityZones", "AWS::EMR::Cluster's Placement takes one AvailabilityZone; for several zones use instance fleets with Ec2SubnetIds.")
            .Requires("AvailabilityZone", "set AvailabilityZone, or remove Placement and choose the zone with the subnet."));

    /// <summary>An instance group; <c>InstanceRole</c> is kept for the caller to place the group.</summary>
    public static CloudFormationShape InstanceGroup(string owner) => new CloudFormationShape(owner)
        .Same("Name", "Market", "InstanceRole", "BidPrice", "InstanceType", "InstanceCount", "CustomAmiId")
        .Nested("Configurations", Configuration)
        .Nested("EbsConfiguration", Ebs)
        .Nested("AutoScalingPolicy", AutoScalingPolicy)
        .Requires("InstanceType", "set InstanceType.")
        .Requires("InstanceCount", "set InstanceCount.");

    /// <summary>An instance fleet; <c>InstanceFleetType</c> is kept for the caller to place the fleet.</summary>
    public static CloudFormationShape InstanceFleet(string owner) => new CloudFormationShape(owner)
        .Same("Name", "InstanceFleetType", "TargetOnDemandCapacity", "TargetSpotCapacity")
        .Nested("InstanceTypeConfigs", () => new CloudFormationShape(owner)
            .Same("InstanceType", "WeightedCapacity", "BidPrice", "BidPriceAsPercentageOfOnDemandPrice", "CustomAmiId", "Priority")
            .Nested("EbsConfiguration", Ebs)
            .Nested("Configurations", Configuration)
            .Requires("InstanceType", "set InstanceType."))
        .Nested("LaunchSpecifications", () => new CloudFormationShape(owner)
            .Nested("OnDemandSpecification", () => new CloudFormationShape(owner)
                .Same("AllocationStrategy")
                .Nested("CapacityReservationOptions", CapacityReservation)
                .Requires("AllocationStrategy", "set AllocationStrategy (lowest-price or prioritized)."))
            .Nested("SpotSpecification", () => new CloudFormationShape(owner)
                .Same("TimeoutDurationMinutes", "TimeoutAction", "BlockDurationMinutes", "AllocationStrategy")
                .Requires("TimeoutAction", "set TimeoutAction (SWITCH_TO_ON_DEMAND or TERMINATE_CLUSTER).")
                .Requires("TimeoutDurationMinutes", "set TimeoutDurationMinutes.")))
        .Nested("ResizeSpecifications", () => new CloudFormationShape(owner)
            .Nested("SpotResizeSpecification", () => new CloudFormationShape(owner).Same("TimeoutDurationMinutes", "AllocationStrategy"))
            .Nested("OnDemandResizeSpecification", () => new CloudFormationShape(owner)
                .Same("TimeoutDurationMinutes", "AllocationStrategy")
                .Nested("CapacityReservationOptions", CapacityReservation)))
        .Refused("Context", owner + " has no property for the reserved Context member; remove it.");

    /// <summary>A step; <c>StepMonitoringConfiguration</c> is written by the caller where the target has a place for it.</summary>
    public static CloudFormationShape StepConfig(string owner) => new CloudFormationShape(owner)
        .Same("Name", "ActionOnFailure")
        .Handled("StepMonitoringConfiguration")
        .Nested("HadoopJarStep", () => new CloudFormationShape(owner)
            .Same("Jar", "MainClass", "Args")
            .Nested("Properties", () => new CloudFormationShape(owner).Same("Key", "Value"), "StepProperties")
            .Requires("Jar", "set the step's Jar (command-runner.jar for most steps)."))
        .Requires("Name", "set the step's Name.")
        .Requires("HadoopJarStep", "set the step's HadoopJarStep.");

    private static CloudFormationShape BootstrapAction() => new CloudFormationShape(Cluster)
        .Same("Name")
        .Nested("ScriptBootstrapAction", () => new CloudFormationShape(Cluster).Same("Path", "Args").Requires("Path", "set the script's S3 Path."))
        .Requires("Name", "set the bootstrap action's Name.")
        .Requires("ScriptBootstrapAction", "set the bootstrap action's script.");

    private static CloudFormationShape Application() => new CloudFormationShape(Cluster)
        .Same("Name", "Version", "Args")
        .Map("AdditionalInfo");

    private static CloudFormationShape Configuration() => new CloudFormationShape(Cluster)
        .Same("Classification")
        .Map("Properties", "ConfigurationProperties")
        .Nested("Configurations", Configuration);

    private static CloudFormationShape Kerberos() => new CloudFormationShape(Cluster)
        .Same("Realm", "KdcAdminPassword", "CrossRealmTrustPrincipalPassword", "ADDomainJoinUser", "ADDomainJoinPassword")
        .Requires("Realm", "set Realm.")
        .Requires("KdcAdminPassword", "set KdcAdminPassword (a Secret).");

    private static CloudFormationShape ManagedScaling() => new CloudFormationShape(Cluster)
        .Same("UtilizationPerformanceIndex", "ScalingStrategy")
        .Nested("ComputeLimits", () => new CloudFormationShape(Cluster)
            .Same("UnitType", "MinimumCapacityUnits", "MaximumCapacityUnits", "MaximumOnDemandCapacityUnits", "MaximumCoreCapacityUnits")
            .Requires("UnitType", "set UnitType (Instances, InstanceFleetUnits or VCPU).")
            .Requires("MinimumCapacityUnits", "set MinimumCapacityUnits.")
            .Requires("MaximumCapacityUnits", "set MaximumCapacityUnits."));

    private static CloudFormationShape Ebs() => new CloudFormationShape(Cluster)
        .Same("EbsOptimized")
        .Nested("EbsBlockDeviceConfigs", () => new CloudFormationShape(Cluster)
            .Same("VolumesPerInstance")
            .Nested("VolumeSpecification", () => new CloudFormationShape(Cluster)
                .Same("VolumeType", "Iops", "SizeInGB", "Throughput")
                .Requires("VolumeType", "set VolumeType (gp3, gp2, io1, st1, sc1 or standard).")
                .Requires("SizeInGB", "set SizeInGB."))
            .Requires("VolumeSpecification", "set VolumeSpecification."));

    private static CloudFormationShape CapacityReservation() => new CloudFormationShape(Cluster)
        .Same("UsageStrategy", "CapacityReservationPreference", "CapacityReservationResourceGroupArn");

    private static CloudFormationShape AutoScalingPolicy() => new CloudFormationShape(Cluster)
        .Nested("Constraints", () => new CloudFormationShape(Cluster).Same("MinCapacity", "MaxCapacity")
            .Requires("MinCapacity", "set MinCapacity.").Requires("MaxCapacity", "set MaxCapacity."))
        .Nested("Rules", () => new CloudFormationShape(Cluster)
            .Same("Name", "Description")
            .Nested("Action", () => new CloudFormationShape(Cluster)
                .Same("Market")
                .Nested("SimpleScalingPolicyConfiguration", () => new CloudFormationShape(Cluster)
                    .Same("AdjustmentType", "ScalingAdjustment", "CoolDown")
                    .Requires("ScalingAdjustment", "set ScalingAdjustment."))
                .Requires("SimpleScalingPolicyConfiguration", "set SimpleScalingPolicyConfiguration."))
            .Nested("Trigger", () => new CloudFormationShape(Cluster)
                .Nested("CloudWatchAlarmDefinition", () => new CloudFormationShape(Cluster)
                    .Same("ComparisonOperator", "EvaluationPeriods", "MetricName", "Namespace", "Period", "Statistic", "Threshold", "Unit")
                    .Nested("Dimensions", () => new CloudFormationShape(Cluster).Same("Key", "Value"))
                    .Requires("ComparisonOperator", "set ComparisonOperator.")
                    .Requires("MetricName", "set MetricName.")
                    .Requires("Period", "set Period.")
                    .Requires("Threshold", "set Threshold."))
                .Requires("CloudWatchAlarmDefinition", "set CloudWatchAlarmDefinition."))
            .Requires("Name", "set the rule's Name.")
            .Requires("Action", "set the rule's Action.")
            .Requires("Trigger", "set the rule's Trigger."))
        .Requires("Constraints", "set Constraints (MinCapacity, MaxCapacity).")
        .Requires("Rules", "add at least one rule.");
}
