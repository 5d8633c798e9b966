using System;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>Instance groups: markets, bid prices, EBS, per-group configurations, custom AMIs and automatic scaling.</summary>
public sealed class InstanceGroupTests
{
    [Fact]
    public void Groups_carry_every_instance_group_member()
    {
        var cluster = Cluster.Create("groups")
            .Release(EmrRelease.Emr_7_2_0)
            .Master(InstanceTypes.M6i.XLarge, count: 3, g => g.Named("primary").OnDemand().Ebs(VolumeType.Gp3, 64))
            .Core(InstanceTypes.R6g.X4Large, count: 4, g => g
                .OnDemand()
                .Ebs(VolumeType.Gp3, 256, iops: 6000, throughput: 500, volumesPerInstance: 2)
                .EbsOptimized()
                .Configure(Classifications.YarnSite(y => y.VirtualMemoryCheck(false)))
                .CustomAmi("ami-0123456789abcdef0")
                .AutoScaling(2, 10, p => p
                    .Rule("scale-out-on-memory", r => r
                        .Description("Add two nodes when YARN memory runs low")
                        .Adjust(2, AdjustmentType.ChangeInCapacity, coolDownSeconds: 300)
                        .When("YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 15, evaluationPeriods: 1, statistic: Statistic.Average, unit: MetricUnit.Percent)
                        .Dimension("JobFlowId", "${emr.clusterId}"))
                    .Rule("scale-in", r => r
                        .Adjust(-1, coolDownSeconds: 300)
                        .When("YARNMemoryAvailablePercentage", ComparisonOperator.GreaterThan, 75))))
            .Task(InstanceTypes.C7g.X2Large, count: 4, g => g.Spot(0.125m))
            .Task(InstanceTypes.I4i.X4Large, count: 2, g => g.Named("io-heavy").Spot().Configure("hdfs-site", c => c.Set("dfs.replication", 1L)));

        PayloadAssert.Matches(cluster.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Groups.AllMembers.approved.json");
    }

    [Fact]
    public void Unnamed_task_groups_get_distinct_names_and_a_repeated_name_replaces()
    {
        var cluster = Cluster.Create("c")
            .Task("m5.xlarge", 1)
            .Task("m5.xlarge", 2)
            .Task("r5.xlarge", 3, g => g.Named("Task"));

        var tasks = cluster.Spec.Instances!.InstanceGroups.Where(g => g.InstanceRole == InstanceRole.Task).ToList();
        Assert.Equal(new[] { "Task", "Task-2" }, tasks.Select(g => g.Name));
        Assert.Equal("r5.xlarge", tasks[0].InstanceType);
        Assert.Equal(3, tasks[0].InstanceCount);
    }

    [Fact]
    public void Writing_master_or_core_again_replaces_the_group_in_place()
    {
        var cluster = Cluster.Create("c").Master("m5.xlarge").Core("m5.xlarge", 2).Master("m5.2xlarge", 3);

        var groups = cluster.Spec.Instances!.InstanceGroups;
        Assert.Equal(2, groups.Count);
        Assert.Equal((InstanceRole?)InstanceRole.Master, groups[0].InstanceRole);
        Assert.Equal("m5.2xlarge", groups[0].InstanceType);
        Assert.Equal(3, groups[0].InstanceCount);
    }

    [Fact]
    public void Market_is_written_only_when_chosen()
    {
        var groups = Cluster.Create("c").Master("m5.xlarge").Core("m5.xlarge", 2, g => g.OnDemand()).Spec.Instances!.InstanceGroups;

        Assert.Null(groups[0].Market);
        Assert.Equal(Market.OnDemand, groups[1].Market);
    }

    [Fact]
    public void Choosing_on_demand_after_spot_drops_the_bid_price()
    {
        var group = Cluster.Create("c").Core("m5.xlarge", 2, g => g.Spot("0.5").OnDemand()).Spec.Instances!.InstanceGroups[0];

        Assert.Equal(Market.OnDemand, group.Market);
        Assert.Null(group.BidPrice);
    }

    [Fact]
    public void Refining_a_group_changes_only_what_it_names()
    {
        var cluster = Cluster.Create("c").Core("m5.xlarge", 2, g => g.OnDemand().Ebs(VolumeType.Gp3, 100)).Core(g => g.Count(10));

        var core = cluster.Spec.Instances!.InstanceGroups[0];
        Assert.Equal(10, core.InstanceCount);
        Assert.Equal(Market.OnDemand, core.Market);
        Assert.Equal(100, core.EbsConfiguration!.EbsBlockDeviceConfigs[0].VolumeSpecification!.SizeInGB);
    }

    [Fact]
    public void Refining_a_missing_group_says_how_to_add_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Cluster.Create("c").Master(g => g.Count(3)));

        Assert.Contains(".Master(instanceType, count)", error.Message);
    }

    [Fact]
    public void Removing_a_task_group_by_name()
    {
        var cluster = Cluster.Create("c").Task("m5.xlarge", 1, g => g.Named("a")).Task("m5.xlarge", 1, g => g.Named("b")).WithoutTask("a");

        Assert.Equal("b", Assert.Single(cluster.Spec.Instances!.InstanceGroups).Name);
        Assert.Throws<ArgumentException>(() => cluster.WithoutTask("a"));
    }
}
