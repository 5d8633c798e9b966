using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

public sealed class AutoScalingWithoutRoleRuleTests
{
    private readonly AutoScalingWithoutRoleRule _rule = new();

    [Fact]
    public void A_policy_without_the_automatic_scaling_role_is_reported_at_the_policy()
    {
        var finding = Single(_rule, WithTaskPolicy(TwoWay()) with { AutoScalingRole = null }, TaskPolicy);
        Assert.Contains("EMR_AutoScaling_DefaultRole", finding.Message);
    }

    [Fact]
    public void Hiding_the_cluster_from_other_users_is_reported_when_it_scales()
    {
        Single(_rule, WithTaskPolicy(TwoWay()) with { VisibleToAllUsers = false }, "VisibleToAllUsers");
        Assert.Empty(Findings(_rule, Clean() with { VisibleToAllUsers = false }));
    }

    [Fact]
    public void A_policy_with_its_role_and_a_cluster_without_policies_are_fine()
    {
        Assert.Empty(Findings(_rule, WithTaskPolicy(TwoWay()) with { VisibleToAllUsers = true }));
        Assert.Empty(Findings(_rule, Clean()));
    }
}
