using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

public sealed class ScalingRulesFightRuleTests
{
    private readonly ScalingRulesFightRule _rule = new();

    [Fact]
    public void Overlapping_thresholds_on_one_metric_are_reported_at_the_scale_in_threshold()
    {
        var policy = Policy(
            2,
            10,
            Rule("scale-out", 1, "YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 50),
            Rule("scale-in", -1, "YARNMemoryAvailablePercentage", ComparisonOperator.GreaterThan, 30));

        var finding = Single(_rule, WithTaskPolicy(policy), TaskPolicy + ".Rules[1].Trigger.CloudWatchAlarmDefinition.Threshold");

        Assert.Contains("both fire while YARNMemoryAvailablePercentage is between 30 and 50", finding.Message);
    }

    [Fact]
    public void Thresholds_that_meet_at_one_value_fight_only_when_both_include_it()
    {
        var touching = Policy(2, 10, Rule("out", 1, "YARNMemoryAvailablePercentage", ComparisonOperator.LessThanOrEqual, 40), Rule("in", -1, "YARNMemoryAvailablePercentage", ComparisonOperator.GreaterThanOrEqual, 40));
        Assert.Contains("is at 40", Assert.Single(PolicyFindings(_rule, touching)).Message);
        var apart = Policy(2, 10, Rule("out", 1, "YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 40), Rule("in", -1, "YARNMemoryAvailablePercentage", ComparisonOperator.GreaterThanOrEqual, 40));
        Assert.Empty(PolicyFindings(_rule, apart));
    }

    [Fact]
    public void A_cool_down_shorter_than_the_metric_interval_is_reported_in_a_two_way_policy()
    {
        var policy = TwoWay() with { Rules = TwoWay().Rules.SetItem(0, Rule("scale-out", 1, "YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 15, coolDown: 60)) };
        var finding = Single(_rule, WithTaskPolicy(policy), TaskPolicy + ".Rules[0].Action.SimpleScalingPolicyConfiguration.CoolDown");
        Assert.Contains("cools down for 60 seconds, less than the 300 seconds", finding.Message);
    }

    [Fact]
    public void Separate_thresholds_different_statistics_and_one_way_policies_are_fine()
    {
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay())));
        var statistics = Policy(2, 10, Rule("out", 1, "YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 50, statistic: Statistic.Minimum), Rule("in", -1, "YARNMemoryAvailablePercentage", ComparisonOperator.GreaterThan, 30));
        Assert.Empty(PolicyFindings(_rule, statistics));
        Assert.Empty(PolicyFindings(_rule, Policy(2, 10, Rule("out", 1, "ContainerPendingRatio", ComparisonOperator.GreaterThan, 0.75, coolDown: 0))));
    }
}
