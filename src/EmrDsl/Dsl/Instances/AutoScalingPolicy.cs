using System;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The rules of an instance group's automatic scaling policy (<c>AutoScalingPolicy</c>).</summary>
public sealed class AutoScalingPolicy : IHoldsApiSpec
{
    private AutoScalingPolicy(AutoScalingPolicySpec spec) => Spec = spec;

    /// <summary>The policy written so far.</summary>
    public AutoScalingPolicySpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>Adds a rule, e.g. <c>.Rule("scale-out", r => r.Adjust(2).When("YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 15))</c>; a name written again replaces that rule.</summary>
    public AutoScalingPolicy Rule(string name, Func<ScalingRule, ScalingRule> configure)
    {
        var rule = Require.NotNull(configure, nameof(configure), "The rule lambda")(new ScalingRule(Require.Name(name, nameof(name)))).Spec;
        var index = Spec.Rules.FindIndex(r => r.Name == name);
        return new(Spec with { Rules = index < 0 ? Spec.Rules.Add(rule) : Spec.Rules.SetItem(index, rule) });
    }

    /// <summary>
    /// Adds <paramref name="instances"/> instances when <paramref name="when"/> holds, e.g.
    /// <c>.ScaleOut("yarn-memory-low", 2, ScalingMetric.YarnMemoryAvailablePercentage.Below(15))</c>, then waits
    /// <paramref name="coolDownSeconds"/> (by default one metric period) before the next activity. A condition that
    /// shows idle capacity (memory available above a threshold, nothing pending) is refused: it would scale out an idle cluster.
    /// </summary>
    public AutoScalingPolicy ScaleOut(string name, int instances, ScalingCondition when, int coolDownSeconds = ScalingCondition.PeriodSeconds) =>
        Directed(name, Require.Positive(instances, nameof(instances), "The number of instances to add"), when, coolDownSeconds, ScalingDirection.Out);

    /// <summary>
    /// Removes <paramref name="instances"/> instances when <paramref name="when"/> holds, e.g.
    /// <c>.ScaleIn("yarn-memory-high", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75))</c>. A condition that
    /// shows pressure (memory scarce, containers pending) is refused: it would shrink a busy cluster.
    /// </summary>
    public AutoScalingPolicy ScaleIn(string name, int instances, ScalingCondition when, int coolDownSeconds = ScalingCondition.PeriodSeconds) =>
        Directed(name, -Require.Positive(instances, nameof(instances), "The number of instances to remove"), when, coolDownSeconds, ScalingDirection.In);

    private AutoScalingPolicy Directed(string name, int adjustment, ScalingCondition when, int coolDownSeconds, ScalingDirection direction)
    {
        var alarm = Require.NotNull(when, nameof(when), "The condition").Alarm;
        var suits = ScalingMetrics.Suits(ScalingMetrics.Signal(alarm));
        if (suits != ScalingDirection.Unknown && suits != direction)
        {
            var (verb, state, instead) = direction == ScalingDirection.Out
                ? ("out", "capacity to spare", "ScaleIn")
                : ("in", "work waiting for capacity", "ScaleOut");
            throw new ArgumentException(
                $"Rule '{name}' would scale {verb} when {when}, which shows {state}. Compare the other way ({(alarm.ComparisonOperator is ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual ? "Below" : "Above")}(...)), or write the rule with {instead}.",
                nameof(when));
        }

        var rule = new ScalingRuleSpec
        {
            Name = Require.Name(name, nameof(name)),
            Action = new ScalingActionSpec
            {
                SimpleScalingPolicyConfiguration = new SimpleScalingPolicySpec
                {
                    AdjustmentType = AdjustmentType.ChangeInCapacity,
                    ScalingAdjustment = adjustment,
                    CoolDown = Require.NonNegative(coolDownSeconds, nameof(coolDownSeconds), "The cool-down"),
                },
            },
            Trigger = new ScalingTriggerSpec { CloudWatchAlarmDefinition = alarm },
        };
        return Rule(name, _ => new ScalingRule(rule));
    }

    internal static AutoScalingPolicySpec Build(int minCapacity, int maxCapacity, Func<AutoScalingPolicy, AutoScalingPolicy> rules)
    {
        Require.NonNegative(minCapacity, nameof(minCapacity), "The minimum capacity");
        if (maxCapacity < minCapacity)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCapacity), maxCapacity, $"The maximum capacity ({maxCapacity}) cannot be below the minimum ({minCapacity}).");
        }

        var seed = new AutoScalingPolicy(new AutoScalingPolicySpec { Constraints = new ScalingConstraintsSpec { MinCapacity = minCapacity, MaxCapacity = maxCapacity } });
        return Require.NotNull(rules, nameof(rules), "The rules lambda")(seed).Spec;
    }
}
