using System;
using System.Linq;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>InstanceGroupScaling and ManagedScalingLimits: the scaling requests for a running cluster, checked against the service model.</summary>
public sealed class ScalingRequestTests
{
    private static Cluster Etl() => Cluster.Create("etl")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, 2)
        .Task(InstanceTypes.M6g.X2Large, 2, g => g.Named("workers").AutoScaling(2, 10, p => p
            .ScaleOut("yarn-memory-low", 2, ScalingMetric.YarnMemoryAvailablePercentage.Below(15))
            .ScaleIn("yarn-memory-high", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75))))
        .ManagedScaling(2, 20, maxOnDemand: 6);

    [Fact]
    public void A_group_policy_from_a_cluster_definition_becomes_a_valid_PutAutoScalingPolicy_request()
    {
        var scaling = InstanceGroupScaling.For("j-2AXXXXXXGAPLF", "ig-1XXXXXXXXXXXX").PolicyOf(Etl(), InstanceRole.Task, "workers");

        PayloadOracle.AssertValid(scaling.ToPutAutoScalingPolicyJson(), PayloadKind.PutAutoScalingPolicy);
        PayloadOracle.AssertValid(scaling.ToAutoScalingPolicyJson(), PayloadKind.AutoScalingPolicy);
        Assert.Equal(Etl().Spec.Instances!.InstanceGroups[2].AutoScalingPolicy, scaling.Spec.AutoScalingPolicy);
        Assert.Empty(scaling.Validate());
    }

    [Fact]
    public void Validate_reports_the_walkthrough_policy_under_its_request_member()
    {
        var scaling = InstanceGroupScaling.For("j-1", "ig-1").AutoScaling(2, 10, p => p
            .Rule("ScaleOutMemory", r => r.Adjust(2, coolDownSeconds: 300).When("MemoryAvailableMB", ComparisonOperator.GreaterThan, 2000)));

        Assert.Equal(new[] { "EMR020", "EMR021" }, scaling.Validate().Select(f => f.Id));
        Assert.All(scaling.Validate(), f => Assert.StartsWith("AutoScalingPolicy.Rules", f.Path));
    }

    [Fact]
    public void Unbound_or_empty_requests_say_what_is_missing()
    {
        var unbound = InstanceGroupScaling.Create().AutoScaling(1, 3, p => p.ScaleOut("out", 1, ScalingMetric.ContainerPendingRatio.Above(0.75)));
        Assert.Contains(".ForGroup(", Assert.Throws<InvalidOperationException>(unbound.ToPutAutoScalingPolicyJson).Message);
        PayloadOracle.AssertValid(unbound.ForGroup("j-1", "ig-1").ToPutAutoScalingPolicyJson(), PayloadKind.PutAutoScalingPolicy);
        Assert.Contains(".AutoScaling(min, max", Assert.Throws<InvalidOperationException>(InstanceGroupScaling.For("j-1", "ig-1").ToAutoScalingPolicyJson).Message);
        Assert.Contains(".Limits(min, max)", Assert.Throws<InvalidOperationException>(ManagedScalingLimits.For("j-1").ToPutManagedScalingPolicyJson).Message);
    }

    [Fact]
    public void PolicyOf_names_the_group_it_cannot_find()
    {
        Assert.Contains("no CORE instance group", Assert.Throws<ArgumentException>(() => InstanceGroupScaling.Create().PolicyOf(Cluster.Create("bare"), InstanceRole.Core)).Message);
        Assert.Contains("has no automatic scaling policy", Assert.Throws<ArgumentException>(() => InstanceGroupScaling.Create().PolicyOf(Etl(), InstanceRole.Core)).Message);
        var twoTasks = Etl().Task(InstanceTypes.M6g.X2Large, 1, g => g.Named("more"));
        Assert.Contains("name the task group", Assert.Throws<ArgumentException>(() => InstanceGroupScaling.Create().PolicyOf(twoTasks, InstanceRole.Task)).Message);
    }

    [Fact]
    public void Managed_limits_from_a_definition_or_written_out_are_valid_PutManagedScalingPolicy_requests()
    {
        var fromDefinition = ManagedScalingLimits.For("j-1").PolicyOf(Etl());
        var written = ManagedScalingLimits.For("j-1").Limits(2, 20, maxOnDemand: 6);

        Assert.Equal(written.ToPutManagedScalingPolicyJson(), fromDefinition.ToPutManagedScalingPolicyJson());
        PayloadOracle.AssertValid(written.ToPutManagedScalingPolicyJson(), PayloadKind.PutManagedScalingPolicy);
        Assert.Equal("EMR012", Assert.Single(ManagedScalingLimits.For("j-1").Limits(2, 20, maxCore: 30).Validate()).Id);
        Assert.Throws<ArgumentOutOfRangeException>(() => ManagedScalingLimits.For("j-1").Limits(5, 2));
    }
}
