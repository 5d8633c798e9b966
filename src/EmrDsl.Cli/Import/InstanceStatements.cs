using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>Statements for <c>Instances</c>: capacity (groups, fleets or the legacy form), network, then lifecycle.</summary>
internal static class InstanceStatements
{
    public static IEnumerable<Statement<Cluster, ClusterSpec>> For(InstancesSpec t)
    {
        if (t is { MasterInstanceType: { } master, SlaveInstanceType: { } slave, InstanceCount: { } count })
        {
            yield return Statement.InstanceMembers(
                t, One<Cluster>("LegacyInstances", c => c.LegacyInstances(master, slave, count), Catalog.InstanceType(master), Catalog.InstanceType(slave), I(count)), "MasterInstanceType", "SlaveInstanceType", "InstanceCount");
        }

        if (!t.InstanceGroups.IsEmpty)
        {
            yield return Statement.InstanceMembers(t, Groups(t.InstanceGroups), "InstanceGroups");
        }

        if (!t.InstanceFleets.IsEmpty)
        {
            yield return Statement.InstanceMembers(t, FleetCode.Fleets(t.InstanceFleets), "InstanceFleets");
        }

        if (t.Ec2SubnetId is { } subnet)
        {
            yield return Statement.InstanceMembers(t, One<Cluster>("Subnet", c => c.Subnet(subnet), S(subnet)), "Ec2SubnetId");
        }

        if (!t.Ec2SubnetIds.IsEmpty)
        {
            var subnets = t.Ec2SubnetIds.ToArray();
            yield return Statement.InstanceMembers(t, One<Cluster>("Subnets", c => c.Subnets(subnets), Strings(subnets)), "Ec2SubnetIds");
        }

        if (t.Placement is { } placement)
        {
            var fluent = Fluent<Cluster>.Empty;
            if (placement.AvailabilityZone is { } zone)
            {
                fluent = fluent.Then(new Call("AvailabilityZone", S(zone)), c => c.AvailabilityZone(zone));
            }

            if (!placement.AvailabilityZones.IsEmpty)
            {
                var zones = placement.AvailabilityZones.ToArray();
                fluent = fluent.Then(new Call("AvailabilityZones", Strings(zones)), c => c.AvailabilityZones(zones));
            }

            yield return Statement.InstanceMembers(t, fluent, "Placement");
        }

        if (t.Ec2KeyName is { } key)
        {
            yield return Statement.InstanceMembers(t, One<Cluster>("KeyPair", c => c.KeyPair(key), S(key)), "Ec2KeyName");
        }

        if (t.EmrManagedMasterSecurityGroup is not null || t.EmrManagedSlaveSecurityGroup is not null || t.ServiceAccessSecurityGroup is not null)
        {
            var arguments = NamedStrings(("master", t.EmrManagedMasterSecurityGroup), ("slave", t.EmrManagedSlaveSecurityGroup), ("serviceAccess", t.ServiceAccessSecurityGroup));
            yield return Statement.InstanceMembers(
                t,
                One<Cluster>("ManagedSecurityGroups", c => c.ManagedSecurityGroups(t.EmrManagedMasterSecurityGroup, t.EmrManagedSlaveSecurityGroup, t.ServiceAccessSecurityGroup), arguments),
                "EmrManagedMasterSecurityGroup", "EmrManagedSlaveSecurityGroup", "ServiceAccessSecurityGroup");
        }

        if (!t.AdditionalMasterSecurityGroups.IsEmpty)
        {
            var groups = t.AdditionalMasterSecurityGroups.ToArray();
            yield return Statement.InstanceMembers(t, One<Cluster>("AdditionalMasterSecurityGroups", c => c.AdditionalMasterSecurityGroups(groups), Strings(groups)), "AdditionalMasterSecurityGroups");
        }

        if (!t.AdditionalSlaveSecurityGroups.IsEmpty)
        {
            var groups = t.AdditionalSlaveSecurityGroups.ToArray();
            yield return Statement.InstanceMembers(t, One<Cluster>("AdditionalSlaveSecurityGroups", c => c.AdditionalSlaveSecurityGroups(groups), Strings(groups)), "AdditionalSlaveSecurityGroups");
        }

        if (t.KeepJobFlowAliveWhenNoSteps is { } keepAlive)
        {
            var fluent = keepAlive ? One<Cluster>("KeepAlive", c => c.KeepAlive()) : One<Cluster>("TerminateAfterSteps", c => c.TerminateAfterSteps());
            yield return Statement.InstanceMembers(t, fluent, "KeepJobFlowAliveWhenNoSteps");
        }

        if (t.TerminationProtected is { } protectedFromTermination)
        {
            yield return Statement.InstanceMembers(
                t, ClusterStatements.Flag<Cluster>("TerminationProtected", protectedFromTermination, (c, v) => c.TerminationProtected(v)), "TerminationProtected");
        }

        if (t.UnhealthyNodeReplacement is { } replace)
        {
            yield return Statement.InstanceMembers(
                t, ClusterStatements.Flag<Cluster>("UnhealthyNodeReplacement", replace, (c, v) => c.UnhealthyNodeReplacement(v)), "UnhealthyNodeReplacement");
        }
    }

    /// <summary><c>.Master(...)</c>, <c>.Core(...)</c> and <c>.Task(...)</c> in the request's order.</summary>
    private static Fluent<Cluster> Groups(EquatableArray<InstanceGroupSpec> groups)
    {
        var fluent = Fluent<Cluster>.Empty;
        foreach (var group in groups)
        {
            if (group is not { InstanceRole: { } role, InstanceType: { } type, InstanceCount: { } count })
            {
                return Fluent<Cluster>.Empty;
            }

            var configure = GroupSettings(group);
            var lambda = configure.ToLambda("g");
            Func<InstanceGroup, InstanceGroup>? apply = lambda is null ? null : configure.Apply;
            var arguments = new List<Expr> { Catalog.InstanceType(type) };
            if (role != InstanceRole.Master || count != 1 || lambda is not null)
            {
                arguments.Add(I(count));
            }

            if (lambda is not null)
            {
                arguments.Add(lambda);
            }

            fluent = role switch
            {
                InstanceRole.Master => fluent.Then(new Call("Master", arguments.ToArray()), c => c.Master(type, count, apply)),
                InstanceRole.Core => fluent.Then(new Call("Core", arguments.ToArray()), c => c.Core(type, count, apply)),
                _ => fluent.Then(new Call("Task", arguments.ToArray()), c => c.Task(type, count, apply)),
            };
        }

        return fluent;
    }

    /// <summary>The group's own settings; <c>.Master(...)</c> and its siblings give a group no name, so every name is written.</summary>
    private static Fluent<InstanceGroup> GroupSettings(InstanceGroupSpec group)
    {
        var fluent = Fluent<InstanceGroup>.Empty;
        if (group.Name is { } name)
        {
            fluent = fluent.Then(new Call("Named", S(name)), g => g.Named(name));
        }

        fluent = (group.Market, group.BidPrice) switch
        {
            (Market.OnDemand, _) => fluent.Then(new Call("OnDemand"), g => g.OnDemand()),
            (Market.Spot, { } bid) => fluent.Then(new Call("Spot", Catalog.Bid(bid)), g => g.Spot(bid)),
            (Market.Spot, null) => fluent.Then(new Call("Spot"), g => g.Spot()),
            _ => fluent,
        };

        fluent = NodeSettings.Ebs(fluent, group.EbsConfiguration, (g, v, size, iops, throughput, count) => g.Ebs(v, size, iops, throughput, count), (g, on) => g.EbsOptimized(on));
        fluent = NodeSettings.Configurations(fluent, group.Configurations, (g, name, body) => g.Configure(name, body));
        fluent = group.CustomAmiId is { } ami ? fluent.Then(new Call("CustomAmi", S(ami)), g => g.CustomAmi(ami)) : fluent;
        return group.AutoScalingPolicy is { } policy ? AutoScalingCode.Policy(fluent, policy) : fluent;
    }
}
