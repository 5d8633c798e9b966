using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

public sealed class ScalingAgainstMetricRuleTests
{
    private readonly ScalingAgainstMetricRule _rule = new();

    [Fact]
    public void Scaling_out_when_memory_is_plentiful_is_reported_at_the_comparison()
    {
        var finding = Single(_rule, WithTaskPolicy(Walkthrough()), TaskPolicy + ".Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator");
        Assert.Contains("rule 'ScaleOutMemory' adds 2 instances when MemoryAvailableMB is GREATER_THAN 2000", finding.Message);
        Assert.Contains("Compare with LESS_THAN", finding.Message);
    }

    [Fact]
    public void Pending_containers_the_wrong_way_round_are_reported_both_ways()
    {
        var policy = Policy(
            1,
            8,
            Rule("out-when-nothing-waits", 2, "ContainerPendingRatio", ComparisonOperator.LessThan, 0.1),
            Rule("in-when-work-waits", -1, "ContainerPendingRatio", ComparisonOperator.GreaterThanOrEqual, 0.75));

        var findings = Findings(_rule, WithTaskPolicy(policy));

        Assert.Equal(new[] { TaskPolicy + ".Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator", TaskPolicy + ".Rules[1].Trigger.CloudWatchAlarmDefinition.ComparisonOperator" }, System.Array.ConvertAll(findings, f => f.Path));
        Assert.Contains("scales in on a busy cluster", findings[1].Message);
    }

    [Fact]
    public void A_policy_on_its_own_is_reported_at_its_own_paths()
    {
        var finding = Assert.Single(PolicyFindings(_rule, Walkthrough()));
        Assert.Equal("Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator", finding.Path);
        Assert.StartsWith("In the automatic scaling policy, rule", finding.Message);
    }

    [Fact]
    public void Rules_that_suit_their_metric_and_metrics_it_does_not_know_are_fine()
    {
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay())));
        var custom = Policy(1, 4, Rule("queue", 2, "QueueDepth", ComparisonOperator.GreaterThan, 100) with
        {
            Trigger = new ScalingTriggerSpec { CloudWatchAlarmDefinition = new CloudWatchAlarmSpec { MetricName = "MemoryAvailableMB", Namespace = "Custom/App", ComparisonOperator = ComparisonOperator.GreaterThan, Threshold = 1, Period = 300 } },
        });
        Assert.Empty(Findings(_rule, WithTaskPolicy(custom)));
        Assert.Empty(Findings(_rule, WithTaskPolicy(Policy(1, 4, Rule("exact", 4, "MemoryAvailableMB", ComparisonOperator.GreaterThan, 1, type: AdjustmentType.ExactCapacity)))));
    }
}
