using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>JobFlowInstancesConfig</c> structure of the EMR API. A description of the Amazon EC2 instance on which the cluster (job flow) runs.</summary>
public sealed record InstancesSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Amazon EC2 instance type of the master node.</summary>
    public string? MasterInstanceType { get; init; }

    /// <summary>The Amazon EC2 instance type of the core and task nodes.</summary>
    public string? SlaveInstanceType { get; init; }

    /// <summary>The number of Amazon EC2 instances in the cluster.</summary>
    public int? InstanceCount { get; init; }

    /// <summary>Configuration for the instance groups in a cluster.</summary>
    public EquatableArray<InstanceGroupSpec> InstanceGroups { get; init; }

    /// <summary>The instance fleet configuration is available only in Amazon EMR releases 4.8.0 and later, excluding 5.0.x versions.</summary>
    public EquatableArray<InstanceFleetSpec> InstanceFleets { get; init; }

    /// <summary>The name of the Amazon EC2 key pair that can be used to connect to the master node using SSH as the user called "hadoop.".</summary>
    public string? Ec2KeyName { get; init; }

    /// <summary>The Availability Zone in which the cluster runs.</summary>
    public PlacementSpec? Placement { get; init; }

    /// <summary>Specifies whether the cluster should remain available after completing all steps.</summary>
    public bool? KeepJobFlowAliveWhenNoSteps { get; init; }

    /// <summary>Specifies whether to lock the cluster to prevent the Amazon EC2 instances from being terminated by API call, user intervention, or in the event of a job-flow error.</summary>
    public bool? TerminationProtected { get; init; }

    /// <summary>Indicates whether Amazon EMR should gracefully replace core nodes that have degraded within the cluster.</summary>
    public bool? UnhealthyNodeReplacement { get; init; }

    /// <summary>Applies only to Amazon EMR release versions earlier than 4.0.</summary>
    public string? HadoopVersion { get; init; }

    /// <summary>Applies to clusters that use the uniform instance group configuration.</summary>
    public string? Ec2SubnetId { get; init; }

    /// <summary>Applies to clusters that use the instance fleet configuration.</summary>
    public EquatableArray<string> Ec2SubnetIds { get; init; }

    /// <summary>The identifier of the Amazon EC2 security group for the master node.</summary>
    public string? EmrManagedMasterSecurityGroup { get; init; }

    /// <summary>The identifier of the Amazon EC2 security group for the core and task nodes.</summary>
    public string? EmrManagedSlaveSecurityGroup { get; init; }

    /// <summary>The identifier of the Amazon EC2 security group for the Amazon EMR service to access clusters in VPC private subnets.</summary>
    public string? ServiceAccessSecurityGroup { get; init; }

    /// <summary>A list of additional Amazon EC2 security group IDs for the master node.</summary>
    public EquatableArray<string> AdditionalMasterSecurityGroups { get; init; }

    /// <summary>A list of additional Amazon EC2 security group IDs for the core and task nodes.</summary>
    public EquatableArray<string> AdditionalSlaveSecurityGroups { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<InstancesSpec> Shape = new ApiShape<InstancesSpec>("JobFlowInstancesConfig", () => new InstancesSpec())
        .Member("MasterInstanceType", Codec.String, s => s.MasterInstanceType, (s, v) => s with { MasterInstanceType = v }, MemberLimits.Of(minLength: 1, maxLength: 256))
        .Member("SlaveInstanceType", Codec.String, s => s.SlaveInstanceType, (s, v) => s with { SlaveInstanceType = v }, MemberLimits.Of(minLength: 1, maxLength: 256))
        .Member("InstanceCount", Codec.Int, s => s.InstanceCount, (s, v) => s with { InstanceCount = v })
        .Member("InstanceGroups", Codec.ObjectList(() => InstanceGroupSpec.Shape), s => s.InstanceGroups, (s, v) => s with { InstanceGroups = v })
        .Member("InstanceFleets", Codec.ObjectList(() => InstanceFleetSpec.Shape), s => s.InstanceFleets, (s, v) => s with { InstanceFleets = v })
        .Member("Ec2KeyName", Codec.String, s => s.Ec2KeyName, (s, v) => s with { Ec2KeyName = v }, MemberLimits.Of(maxLength: 256))
        .Member("Placement", Codec.Object(() => PlacementSpec.Shape), s => s.Placement, (s, v) => s with { Placement = v })
        .Member("KeepJobFlowAliveWhenNoSteps", Codec.Bool, s => s.KeepJobFlowAliveWhenNoSteps, (s, v) => s with { KeepJobFlowAliveWhenNoSteps = v })
        .Member("TerminationProtected", Codec.Bool, s => s.TerminationProtected, (s, v) => s with { TerminationProtected = v })
        .Member("UnhealthyNodeReplacement", Codec.Bool, s => s.UnhealthyNodeReplacement, (s, v) => s with { UnhealthyNodeReplacement = v })
        .Member("HadoopVersion", Codec.String, s => s.HadoopVersion, (s, v) => s with { HadoopVersion = v }, MemberLimits.Of(maxLength: 256))
        .Member("Ec2SubnetId", Codec.String, s => s.Ec2SubnetId, (s, v) => s with { Ec2SubnetId = v }, MemberLimits.Of(maxLength: 256))
        .Member("Ec2SubnetIds", Codec.StringList, s => s.Ec2SubnetIds, (s, v) => s with { Ec2SubnetIds = v })
        .Member("EmrManagedMasterSecurityGroup", Codec.String, s => s.EmrManagedMasterSecurityGroup, (s, v) => s with { EmrManagedMasterSecurityGroup = v }, MemberLimits.Of(maxLength: 256))
        .Member("EmrManagedSlaveSecurityGroup", Codec.String, s => s.EmrManagedSlaveSecurityGroup, (s, v) => s with { EmrManagedSlaveSecurityGroup = v }, MemberLimits.Of(maxLength: 256))
        .Member("ServiceAccessSecurityGroup", Codec.String, s => s.ServiceAccessSecurityGroup, (s, v) => s with { ServiceAccessSecurityGroup = v }, MemberLimits.Of(maxLength: 256))
        .Member("AdditionalMasterSecurityGroups", Codec.StringList, s => s.AdditionalMasterSecurityGroups, (s, v) => s with { AdditionalMasterSecurityGroups = v })
        .Member("AdditionalSlaveSecurityGroups", Codec.StringList, s => s.AdditionalSlaveSecurityGroups, (s, v) => s with { AdditionalSlaveSecurityGroups = v });
}
