using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

public sealed class OneWayScalingPolicyRuleTests
{
    private readonly OneWayScalingPolicyRule _rule = new();

    [Fact]
    public void A_policy_that_only_grows_is_reported_at_its_rules()
    {
        var finding = Single(_rule, WithTaskPolicy(Walkthrough()), TaskPolicy + ".Rules");
        Assert.Contains("only adds instances", finding.Message);
        Assert.Contains("(MaxCapacity 10)", finding.Message);
        Assert.Contains("the TASK instance group 'Task'", finding.Message);
    }

    [Fact]
    public void A_policy_that_only_shrinks_is_reported_on_its_own_too()
    {
        var shrinks = Policy(1, 6, Rule("in", -1, "YARNMemoryAvailablePercentage", ComparisonOperator.GreaterThan, 75));
        var finding = Assert.Single(PolicyFindings(_rule, shrinks, "AutoScalingPolicy"));
        Assert.Equal("AutoScalingPolicy.Rules", finding.Path);
        Assert.Contains("only removes instances", finding.Message);
    }

    [Fact]
    public void Two_way_and_exact_capacity_policies_are_fine()
    {
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay())));
        var exact = Policy(1, 6, Rule("out", 2, "ContainerPendingRatio", ComparisonOperator.GreaterThan, 0.75), Rule("reset", 1, "IsIdle", ComparisonOperator.GreaterThan, 0, type: AdjustmentType.ExactCapacity));
        Assert.Empty(Findings(_rule, WithTaskPolicy(exact)));
    }
}
