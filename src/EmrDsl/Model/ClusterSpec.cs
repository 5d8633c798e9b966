using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>RunJobFlowInput</c> structure of the EMR API. Input to the RunJobFlow operation.</summary>
public sealed record ClusterSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the job flow.</summary>
    public string? Name { get; init; }

    /// <summary>The location in Amazon S3 to write the log files of the job flow.</summary>
    public string? LogUri { get; init; }

    /// <summary>The KMS key used for encrypting log files.</summary>
    public string? LogEncryptionKmsKeyId { get; init; }

    /// <summary>A JSON string for selecting additional features.</summary>
    public string? AdditionalInfo { get; init; }

    /// <summary>Applies only to Amazon EMR AMI versions 3.x and 2.x.</summary>
    public string? AmiVersion { get; init; }

    /// <summary>The Amazon EMR release label, which determines the version of open-source application packages installed on the cluster.</summary>
    public string? ReleaseLabel { get; init; }

    /// <summary>A specification of the number and type of Amazon EC2 instances.</summary>
    public InstancesSpec? Instances { get; init; }

    /// <summary>A list of steps to run.</summary>
    public EquatableArray<StepSpec> Steps { get; init; }

    /// <summary>The Amazon Resource Name (ARN) of the runtime role for steps specified in the RunJobFlow request.</summary>
    public string? StepExecutionRoleArn { get; init; }

    /// <summary>A list of bootstrap actions to run before Hadoop starts on the cluster nodes.</summary>
    public EquatableArray<BootstrapActionSpec> BootstrapActions { get; init; }

    /// <summary>For Amazon EMR releases 3.x and 2.x.</summary>
    public EquatableArray<string> SupportedProducts { get; init; }

    /// <summary>For Amazon EMR releases 3.x and 2.x.</summary>
    public EquatableArray<SupportedProductSpec> NewSupportedProducts { get; init; }

    /// <summary>Applies to Amazon EMR releases 4.0 and later.</summary>
    public EquatableArray<ApplicationSpec> Applications { get; init; }

    /// <summary>For Amazon EMR releases 4.0 and later.</summary>
    public EquatableArray<ConfigurationSpec> Configurations { get; init; }

    /// <summary>The VisibleToAllUsers parameter is no longer supported.</summary>
    public bool? VisibleToAllUsers { get; init; }

    /// <summary>Also called instance profile and Amazon EC2 role.</summary>
    public string? JobFlowRole { get; init; }

    /// <summary>The IAM role that Amazon EMR assumes in order to access Amazon Web Services resources on your behalf.</summary>
    public string? ServiceRole { get; init; }

    /// <summary>A list of tags to associate with a cluster and propagate to Amazon EC2 instances.</summary>
    public EquatableArray<MapEntry> Tags { get; init; }

    /// <summary>The name of a security configuration to apply to the cluster.</summary>
    public string? SecurityConfiguration { get; init; }

    /// <summary>An IAM role for automatic scaling policies.</summary>
    public string? AutoScalingRole { get; init; }

    /// <summary>Specifies the way that individual Amazon EC2 instances terminate when an automatic scale-in activity occurs or an instance group is resized.</summary>
    public ScaleDownBehavior? ScaleDownBehavior { get; init; }

    /// <summary>Available only in Amazon EMR releases 5.7.0 and later.</summary>
    public string? CustomAmiId { get; init; }

    /// <summary>The size, in GiB, of the Amazon EBS root device volume of the Linux AMI that is used for each Amazon EC2 instance.</summary>
    public int? EbsRootVolumeSize { get; init; }

    /// <summary>Applies only when CustomAmiID is used.</summary>
    public RepoUpgradeOnBoot? RepoUpgradeOnBoot { get; init; }

    /// <summary>Attributes for Kerberos configuration when Kerberos authentication is enabled using a security configuration.</summary>
    public KerberosSpec? KerberosAttributes { get; init; }

    /// <summary>Specifies the number of steps that can be executed concurrently.</summary>
    public int? StepConcurrencyLevel { get; init; }

    /// <summary>The specified managed scaling policy for an Amazon EMR cluster.</summary>
    public ManagedScalingSpec? ManagedScalingPolicy { get; init; }

    /// <summary>The specified placement group configuration for an Amazon EMR cluster.</summary>
    public EquatableArray<PlacementGroupSpec> PlacementGroupConfigs { get; init; }

    public AutoTerminationSpec? AutoTerminationPolicy { get; init; }

    /// <summary>Specifies a particular Amazon Linux release for all nodes in a cluster launch RunJobFlow request.</summary>
    public string? OSReleaseLabel { get; init; }

    /// <summary>The IOPS, of the Amazon EBS root device volume of the Linux AMI that is used for each Amazon EC2 instance.</summary>
    public int? EbsRootVolumeIops { get; init; }

    /// <summary>The throughput, in MiB/s, of the Amazon EBS root device volume of the Linux AMI that is used for each Amazon EC2 instance.</summary>
    public int? EbsRootVolumeThroughput { get; init; }

    /// <summary>Reserved.</summary>
    public bool? ExtendedSupport { get; init; }

    /// <summary>Contains CloudWatch log configuration metadata and settings.</summary>
    public MonitoringSpec? MonitoringConfiguration { get; init; }

    /// <summary>Indicates whether Spark Connect sessions are enabled on the cluster.</summary>
    public bool? SessionEnabled { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ClusterSpec> Shape = new ApiShape<ClusterSpec>("RunJobFlowInput", () => new ClusterSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("LogUri", Codec.String, s => s.LogUri, (s, v) => s with { LogUri = v }, MemberLimits.Of(maxLength: 10280))
        .Member("LogEncryptionKmsKeyId", Codec.String, s => s.LogEncryptionKmsKeyId, (s, v) => s with { LogEncryptionKmsKeyId = v }, MemberLimits.Of(maxLength: 10280))
        .Member("AdditionalInfo", Codec.String, s => s.AdditionalInfo, (s, v) => s with { AdditionalInfo = v }, MemberLimits.Of(maxLength: 10280))
        .Member("AmiVersion", Codec.String, s => s.AmiVersion, (s, v) => s with { AmiVersion = v }, MemberLimits.Of(maxLength: 256))
        .Member("ReleaseLabel", Codec.String, s => s.ReleaseLabel, (s, v) => s with { ReleaseLabel = v }, MemberLimits.Of(maxLength: 256))
        .Member("Instances", Codec.Object(() => InstancesSpec.Shape), s => s.Instances, (s, v) => s with { Instances = v }, MemberLimits.Of(required: true))
        .Member("Steps", Codec.ObjectList(() => StepSpec.Shape), s => s.Steps, (s, v) => s with { Steps = v })
        .Member("StepExecutionRoleArn", Codec.String, s => s.StepExecutionRoleArn, (s, v) => s with { StepExecutionRoleArn = v }, MemberLimits.Of(minLength: 20, maxLength: 2048))
        .Member("BootstrapActions", Codec.ObjectList(() => BootstrapActionSpec.Shape), s => s.BootstrapActions, (s, v) => s with { BootstrapActions = v })
        .Member("SupportedProducts", Codec.StringList, s => s.SupportedProducts, (s, v) => s with { SupportedProducts = v })
        .Member("NewSupportedProducts", Codec.ObjectList(() => SupportedProductSpec.Shape), s => s.NewSupportedProducts, (s, v) => s with { NewSupportedProducts = v })
        .Member("Applications", Codec.ObjectList(() => ApplicationSpec.Shape), s => s.Applications, (s, v) => s with { Applications = v })
        .Member("Configurations", Codec.ObjectList(() => ConfigurationSpec.Shape), s => s.Configurations, (s, v) => s with { Configurations = v })
        .Member("VisibleToAllUsers", Codec.Bool, s => s.VisibleToAllUsers, (s, v) => s with { VisibleToAllUsers = v })
        .Member("JobFlowRole", Codec.String, s => s.JobFlowRole, (s, v) => s with { JobFlowRole = v }, MemberLimits.Of(maxLength: 10280))
        .Member("ServiceRole", Codec.String, s => s.ServiceRole, (s, v) => s with { ServiceRole = v }, MemberLimits.Of(maxLength: 10280))
        .Member("Tags", Codec.KeyValueList("Key", "Value"), s => s.Tags, (s, v) => s with { Tags = v })
        .Member("SecurityConfiguration", Codec.String, s => s.SecurityConfiguration, (s, v) => s with { SecurityConfiguration = v }, MemberLimits.Of(maxLength: 10280))
        .Member("AutoScalingRole", Codec.String, s => s.AutoScalingRole, (s, v) => s with { AutoScalingRole = v }, MemberLimits.Of(maxLength: 10280))
        .Member("ScaleDownBehavior", Codec.Enum<ScaleDownBehavior>(), s => s.ScaleDownBehavior, (s, v) => s with { ScaleDownBehavior = v })
        .Member("CustomAmiId", Codec.String, s => s.CustomAmiId, (s, v) => s with { CustomAmiId = v }, MemberLimits.Of(maxLength: 256))
        .Member("EbsRootVolumeSize", Codec.Int, s => s.EbsRootVolumeSize, (s, v) => s with { EbsRootVolumeSize = v })
        .Member("RepoUpgradeOnBoot", Codec.Enum<RepoUpgradeOnBoot>(), s => s.RepoUpgradeOnBoot, (s, v) => s with { RepoUpgradeOnBoot = v })
        .Member("KerberosAttributes", Codec.Object(() => KerberosSpec.Shape), s => s.KerberosAttributes, (s, v) => s with { KerberosAttributes = v })
        .Member("StepConcurrencyLevel", Codec.Int, s => s.StepConcurrencyLevel, (s, v) => s with { StepConcurrencyLevel = v })
        .Member("ManagedScalingPolicy", Codec.Object(() => ManagedScalingSpec.Shape), s => s.ManagedScalingPolicy, (s, v) => s with { ManagedScalingPolicy = v })
        .Member("PlacementGroupConfigs", Codec.ObjectList(() => PlacementGroupSpec.Shape), s => s.PlacementGroupConfigs, (s, v) => s with { PlacementGroupConfigs = v })
        .Member("AutoTerminationPolicy", Codec.Object(() => AutoTerminationSpec.Shape), s => s.AutoTerminationPolicy, (s, v) => s with { AutoTerminationPolicy = v })
        .Member("OSReleaseLabel", Codec.String, s => s.OSReleaseLabel, (s, v) => s with { OSReleaseLabel = v }, MemberLimits.Of(maxLength: 256))
        .Member("EbsRootVolumeIops", Codec.Int, s => s.EbsRootVolumeIops, (s, v) => s with { EbsRootVolumeIops = v })
        .Member("EbsRootVolumeThroughput", Codec.Int, s => s.EbsRootVolumeThroughput, (s, v) => s with { EbsRootVolumeThroughput = v })
        .Member("ExtendedSupport", Codec.Bool, s => s.ExtendedSupport, (s, v) => s with { ExtendedSupport = v })
        .Member("MonitoringConfiguration", Codec.Object(() => MonitoringSpec.Shape), s => s.MonitoringConfiguration, (s, v) => s with { MonitoringConfiguration = v })
        .Member("SessionEnabled", Codec.Bool, s => s.SessionEnabled, (s, v) => s with { SessionEnabled = v });
}
