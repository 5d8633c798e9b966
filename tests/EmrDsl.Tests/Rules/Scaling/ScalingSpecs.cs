using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules.Scaling;

/// <summary>Automatic scaling policies for the scaling rule tests, on the clean cluster's task group.</summary>
internal static class ScalingSpecs
{
    /// <summary>Where the task group's policy lands in the request.</summary>
    public const string TaskPolicy = "Instances.InstanceGroups[2].AutoScalingPolicy";

    public static ScalingRuleSpec Rule(
        string name,
        int adjustment,
        string metric,
        ComparisonOperator comparison,
        double threshold,
        int? coolDown = 300,
        AdjustmentType? type = null,
        Statistic? statistic = null) => new()
        {
            Name = name,
            Action = new ScalingActionSpec
            {
                SimpleScalingPolicyConfiguration = new SimpleScalingPolicySpec { AdjustmentType = type, ScalingAdjustment = adjustment, CoolDown = coolDown },
            },
            Trigger = new ScalingTriggerSpec
            {
                CloudWatchAlarmDefinition = new CloudWatchAlarmSpec
                {
                    ComparisonOperator = comparison,
                    MetricName = metric,
                    Namespace = "AWS/ElasticMapReduce",
                    Period = 300,
                    Statistic = statistic,
                    Threshold = threshold,
                },
            },
        };

    public static AutoScalingPolicySpec Policy(int min, int max, params ScalingRuleSpec[] rules) =>
        new() { Constraints = new ScalingConstraintsSpec { MinCapacity = min, MaxCapacity = max }, Rules = rules.ToEquatableArray() };

    /// <summary>The policy of the walkthrough: adds two task nodes when MemoryAvailableMB is GREATER_THAN 2000, and nothing removes them.</summary>
    public static AutoScalingPolicySpec Walkthrough() => Policy(2, 10, Rule("ScaleOutMemory", 2, "MemoryAvailableMB", ComparisonOperator.GreaterThan, 2000));

    /// <summary>The console's default pair: out when YARN memory is scarce, in when it is plentiful.</summary>
    public static AutoScalingPolicySpec TwoWay() => Policy(
        2,
        10,
        Rule("scale-out", 1, "YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 15),
        Rule("scale-in", -1, "YARNMemoryAvailablePercentage", ComparisonOperator.GreaterThan, 75));

    /// <summary>The clean cluster with a task group of <paramref name="count"/> instances scaled by <paramref name="policy"/>, and the role the policy needs.</summary>
    public static ClusterSpec WithTaskPolicy(AutoScalingPolicySpec policy, int count = 2, Market market = Market.OnDemand)
    {
        var clean = Clean();
        var task = Group(InstanceRole.Task, count: count, market: market) with { AutoScalingPolicy = policy };
        return clean.WithGroups(clean.Instances!.InstanceGroups.Concat(new[] { task }).ToArray()) with { AutoScalingRole = "EMR_AutoScaling_DefaultRole" };
    }

    public static Finding[] PolicyFindings(ClusterRule rule, AutoScalingPolicySpec policy, string path = "") =>
        rule.CheckAutoScalingPolicy(policy, path, RuleContext.Default).ToArray();
}
