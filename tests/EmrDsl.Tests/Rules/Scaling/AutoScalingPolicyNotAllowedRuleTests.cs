using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

public sealed class AutoScalingPolicyNotAllowedRuleTests
{
    private readonly AutoScalingPolicyNotAllowedRule _rule = new();

    [Fact]
    public void A_policy_on_the_primary_group_is_an_error()
    {
        var spec = Clean().WithGroups(Group(InstanceRole.Master) with { AutoScalingPolicy = TwoWay() }, Group(InstanceRole.Core, count: 2));
        var finding = Single(_rule, spec, "Instances.InstanceGroups[0].AutoScalingPolicy");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("MASTER", finding.Message);
    }

    [Fact]
    public void A_market_in_a_rule_action_is_an_error_in_a_cluster_and_on_its_own()
    {
        var withMarket = TwoWay() with { Rules = TwoWay().Rules.Select(r => r with { Action = r.Action! with { Market = Market.Spot } }).ToEquatableArray() };
        Assert.Equal(2, Findings(_rule, WithTaskPolicy(withMarket)).Length);
        Assert.Equal("AutoScalingPolicy.Rules[0].Action.Market", PolicyFindings(_rule, withMarket, "AutoScalingPolicy")[0].Path);
    }

    [Fact]
    public void Core_and_task_policies_without_a_market_are_fine()
    {
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay())));
        Assert.Empty(Findings(_rule, Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, count: 2) with { AutoScalingPolicy = TwoWay() })));
    }
}
