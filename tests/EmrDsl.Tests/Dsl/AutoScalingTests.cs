using System;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>Typed automatic scaling (ScaleOut/ScaleIn on typed metrics) and what Validate() says about policies written by hand.</summary>
public sealed class AutoScalingTests
{
    private static Cluster Base() => Cluster.Create("scaling")
        .Release(EmrRelease.Emr_7_2_0)
        .LogUri("s3://logs/emr/")
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole", autoScaling: "EMR_AutoScaling_DefaultRole")
        .Subnet("subnet-0123")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, count: 2);

    [Fact]
    public void The_walkthrough_policy_is_reported_for_its_direction_and_for_never_scaling_in()
    {
        var cluster = Base().Task(InstanceTypes.M6g.X2Large, count: 2, g => g.AutoScaling(2, 10, p => p
            .Rule("ScaleOutMemory", r => r
                .Description("Add nodes when memory is high")
                .Adjust(2, coolDownSeconds: 300)
                .When("MemoryAvailableMB", ComparisonOperator.GreaterThan, 2000))));

        var scaling = cluster.Validate().Where(f => string.CompareOrdinal(f.Id, "EMR020") >= 0 && string.CompareOrdinal(f.Id, "EMR029") <= 0).ToArray();

        Assert.Equal(
            new[]
            {
                ("EMR020", "Instances.InstanceGroups[2].AutoScalingPolicy.Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator"),
                ("EMR021", "Instances.InstanceGroups[2].AutoScalingPolicy.Rules"),
            },
            scaling.Select(f => (f.Id, f.Path)));
    }

    [Fact]
    public void Typed_rules_write_the_policy_the_console_default_describes()
    {
        var cluster = Base().Task(InstanceTypes.M6g.X2Large, count: 2, g => g.AutoScaling(2, 10, p => p
            .ScaleOut("yarn-memory-low", 2, ScalingMetric.YarnMemoryAvailablePercentage.Below(15))
            .ScaleOut("containers-pending", 1, ScalingMetric.ContainerPendingRatio.Above(0.75).For(2).Using(Statistic.Maximum))
            .ScaleIn("yarn-memory-high", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75).InUnit(MetricUnit.Percent), coolDownSeconds: 600)));

        Assert.DoesNotContain(cluster.Validate(), f => string.CompareOrdinal(f.Id, "EMR020") >= 0);
        PayloadAssert.Matches(cluster.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "AutoScaling.Typed.approved.json");
    }

    [Fact]
    public void A_typed_rule_that_scales_against_its_metric_cannot_be_written()
    {
        var scaleOutWhenIdle = Assert.Throws<ArgumentException>(() => Base().Task(InstanceTypes.M6g.X2Large, 2, g => g.AutoScaling(2, 10, p => p
            .ScaleOut("ScaleOutMemory", 2, ScalingMetric.MemoryAvailableMB.Above(2000)))));
        Assert.Contains("would scale out when MemoryAvailableMB GREATER_THAN 2000, which shows capacity to spare", scaleOutWhenIdle.Message);

        var scaleInWhenBusy = Assert.Throws<ArgumentException>(() => Base().Task(InstanceTypes.M6g.X2Large, 2, g => g.AutoScaling(2, 10, p => p
            .ScaleIn("in", 1, ScalingMetric.ContainerPending.Above(10)))));
        Assert.Contains("ScaleOut", scaleInWhenBusy.Message);
    }

    [Fact]
    public void Custom_metrics_take_no_dimension_and_either_direction()
    {
        var cluster = Base().Task(InstanceTypes.M6g.X2Large, 2, g => g.AutoScaling(1, 6, p => p
            .ScaleOut("queue-deep", 2, ScalingMetric.Custom("Acme/Ingest", "QueueDepth").Above(1000))
            .ScaleIn("queue-empty", 2, ScalingMetric.Custom("Acme/Ingest", "QueueDepth").Below(10))));

        var alarm = cluster.Spec.Instances!.InstanceGroups[2].AutoScalingPolicy!.Rules[0].Trigger!.CloudWatchAlarmDefinition!;
        Assert.Equal(("Acme/Ingest", 0), (alarm.Namespace, alarm.Dimensions.Count));
        Assert.DoesNotContain(cluster.Validate(), f => string.CompareOrdinal(f.Id, "EMR020") >= 0);
    }
}
