using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

public sealed class ScalingConstraintsUnmetRuleTests
{
    private readonly ScalingConstraintsUnmetRule _rule = new();

    [Fact]
    public void Minimum_above_maximum_is_reported()
    {
        var finding = Single(_rule, WithTaskPolicy(TwoWay() with { Constraints = new ScalingConstraintsSpec { MinCapacity = 8, MaxCapacity = 4 } }), TaskPolicy + ".Constraints.MinCapacity");
        Assert.Contains("MinCapacity (8) is above MaxCapacity (4)", finding.Message);
        Assert.Equal("Constraints.MinCapacity", Assert.Single(PolicyFindings(_rule, TwoWay() with { Constraints = new ScalingConstraintsSpec { MinCapacity = 8, MaxCapacity = 4 } })).Path);
    }

    [Fact]
    public void A_group_that_starts_outside_its_constraints_is_reported_at_its_count()
    {
        var finding = Single(_rule, WithTaskPolicy(TwoWay(), count: 12), "Instances.InstanceGroups[2].InstanceCount");
        Assert.Contains("starts with 12 instances, outside its automatic scaling constraints (2 to 10)", finding.Message);
        Single(_rule, WithTaskPolicy(TwoWay(), count: 1), "Instances.InstanceGroups[2].InstanceCount");
    }

    [Fact]
    public void An_exact_capacity_outside_the_constraints_is_reported()
    {
        var policy = Policy(2, 10, Rule("burst", 20, "ContainerPendingRatio", ComparisonOperator.GreaterThan, 0.75, type: AdjustmentType.ExactCapacity));
        Single(_rule, WithTaskPolicy(policy), TaskPolicy + ".Rules[0].Action.SimpleScalingPolicyConfiguration.ScalingAdjustment");
    }

    [Fact]
    public void Constraints_that_hold_are_fine()
    {
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay(), count: 2)));
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay(), count: 10)));
        Assert.Empty(PolicyFindings(_rule, Policy(3, 3, Rule("pin", 3, "IsIdle", ComparisonOperator.GreaterThan, 0, type: AdjustmentType.ExactCapacity))));
    }
}
