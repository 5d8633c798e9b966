using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Scaling.ScalingSpecs;

namespace EmrDsl.Tests.Rules.Scaling;

/// <summary>The rule set over the scaling requests and the bare policy document, which carry no cluster.</summary>
public sealed class StandaloneScalingRequestTests
{
    [Fact]
    public void The_walkthrough_policy_on_its_own_is_reported_for_direction_and_no_scale_in()
    {
        var findings = RuleSet.RunAutoScalingPolicy(Walkthrough());

        Assert.Equal(new[] { ("EMR020", "Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator"), ("EMR021", "Rules") }, findings.Select(f => (f.Id, f.Path)));
    }

    [Fact]
    public void A_PutAutoScalingPolicy_request_is_judged_under_its_policy_member_with_its_member_limits()
    {
        var request = new PutAutoScalingPolicySpec { ClusterId = "j-1", InstanceGroupId = "ig-1", AutoScalingPolicy = Walkthrough() with { Constraints = null } };

        var findings = RuleSet.Run(request);

        Assert.Equal(new[] { ("EMR010", "AutoScalingPolicy.Constraints"), ("EMR020", "AutoScalingPolicy.Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator"), ("EMR021", "AutoScalingPolicy.Rules") }, findings.Select(f => (f.Id, f.Path)));
        Assert.Empty(RuleSet.Run(new PutAutoScalingPolicySpec { ClusterId = "j-1", InstanceGroupId = "ig-1", AutoScalingPolicy = TwoWay() }));
    }

    [Fact]
    public void A_PutManagedScalingPolicy_request_gets_the_limit_checks_that_need_no_cluster()
    {
        var request = new PutManagedScalingPolicySpec
        {
            ClusterId = "j-1",
            ManagedScalingPolicy = new ManagedScalingSpec { ComputeLimits = new ComputeLimitsSpec { UnitType = ComputeLimitsUnitType.InstanceFleetUnits, MinimumCapacityUnits = 10, MaximumCapacityUnits = 5 } },
        };

        var finding = Assert.Single(RuleSet.Run(request));

        Assert.Equal(("EMR012", "ManagedScalingPolicy.ComputeLimits.MinimumCapacityUnits"), (finding.Id, finding.Path));
    }
}
