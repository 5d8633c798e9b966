using EmrDsl.Model;

namespace EmrDsl;

/// <summary>EC2 attributes: subnets, availability zones, key pair and security groups.</summary>
public sealed partial class Cluster
{
    /// <summary>The subnet of a cluster with instance groups (<c>Ec2SubnetId</c>).</summary>
    public Cluster Subnet(string subnetId) =>
        WithInstances(i => i with { Ec2SubnetId = Require.NonEmpty(subnetId, nameof(subnetId), "A subnet id") });

    /// <summary>Candidate subnets of a cluster with instance fleets (<c>Ec2SubnetIds</c>); EMR picks the best one.</summary>
    public Cluster Subnets(params string[] subnetIds) =>
        WithInstances(i => i with { Ec2SubnetIds = Require.NonEmptyItems(subnetIds, nameof(subnetIds), "subnet ids") });

    /// <summary>The availability zone of a cluster outside a VPC subnet (<c>Placement.AvailabilityZone</c>).</summary>
    public Cluster AvailabilityZone(string zone) =>
        WithInstances(i => i with { Placement = (i.Placement ?? new PlacementSpec()) with { AvailabilityZone = Require.NonEmpty(zone, nameof(zone), "An availability zone") } });

    /// <summary>Candidate availability zones of a cluster with instance fleets (<c>Placement.AvailabilityZones</c>).</summary>
    public Cluster AvailabilityZones(params string[] zones) =>
        WithInstances(i => i with { Placement = (i.Placement ?? new PlacementSpec()) with { AvailabilityZones = Require.NonEmptyItems(zones, nameof(zones), "availability zones") } });

    /// <summary>The EC2 key pair for SSH to the master node as user <c>hadoop</c> (<c>Ec2KeyName</c>).</summary>
    public Cluster KeyPair(string name) =>
        WithInstances(i => i with { Ec2KeyName = Require.NonEmpty(name, nameof(name), "A key pair name") });

    /// <summary>The security groups EMR manages; groups left out keep their current value.</summary>
    public Cluster ManagedSecurityGroups(string? master = null, string? slave = null, string? serviceAccess = null) =>
        WithInstances(i => i with
        {
            EmrManagedMasterSecurityGroup = Require.NonEmptyIfGiven(master, nameof(master), "A master security group") ?? i.EmrManagedMasterSecurityGroup,
            EmrManagedSlaveSecurityGroup = Require.NonEmptyIfGiven(slave, nameof(slave), "A core/task security group") ?? i.EmrManagedSlaveSecurityGroup,
            ServiceAccessSecurityGroup = Require.NonEmptyIfGiven(serviceAccess, nameof(serviceAccess), "A service access security group") ?? i.ServiceAccessSecurityGroup,
        });

    /// <summary>Extra security groups of the master node (<c>AdditionalMasterSecurityGroups</c>).</summary>
    public Cluster AdditionalMasterSecurityGroups(params string[] groupIds) =>
        WithInstances(i => i with { AdditionalMasterSecurityGroups = Require.NonEmptyItems(groupIds, nameof(groupIds), "security group ids") });

    /// <summary>Extra security groups of core and task nodes (<c>AdditionalSlaveSecurityGroups</c>).</summary>
    public Cluster AdditionalSlaveSecurityGroups(params string[] groupIds) =>
        WithInstances(i => i with { AdditionalSlaveSecurityGroups = Require.NonEmptyItems(groupIds, nameof(groupIds), "security group ids") });
}
